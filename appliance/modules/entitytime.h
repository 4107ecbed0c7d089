#pragma once
// XEP-0202 Entity Time: the server's UTC time and its time zone offset.
#include "modules/module.h"
#include <QDateTime>

namespace confab::modules {

namespace ns {
inline const QString Time = QStringLiteral("urn:xmpp:time");
}

// <time xmlns='urn:xmpp:time'><tzo>±hh:mm</tzo><utc>CCYY-MM-DDThh:mm:ss.sssZ</utc></time> for the
// local time `now` (XEP-0082 profiles).
xml::Element entityTime(const QDateTime &now);

class EntityTime : public Module
{
public:
    ModuleInfo info() const override;
    void start(ModuleContext &ctx) override;
};

} // namespace confab::modules
