#include "modules/entitytime.h"

namespace confab::modules {

using xml::Element;

Element entityTime(const QDateTime &now)
{
    const int offset = now.offsetFromUtc(); // seconds east of UTC
    const int minutes = std::abs(offset) / 60;
    const QString tzo = QStringLiteral("%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    Element time(QStringLiteral("time"), ns::Time);
    time.addChild(QStringLiteral("tzo"), ns::Time).addText(tzo);
    time.addChild(QStringLiteral("utc"), ns::Time)
        .addText(now.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z'));
    return time;
}

ModuleInfo EntityTime::info() const
{
    return {QStringLiteral("time"), QStringLiteral("XEP-0202"), QStringLiteral("2.0"), {ns::Time}};
}

void EntityTime::start(ModuleContext &ctx)
{
    auto answer = [](const core::IqRequest &, const core::IqResponder &responder) {
        responder.result(entityTime(QDateTime::currentDateTime()));
    };
    m_registrations.push_back(
        ctx.registry->registerIq(core::IqTarget::Server, QStringLiteral("get"), ns::Time, answer));
    m_registrations.push_back(ctx.registry->addServerFeature(ns::Time));
}

} // namespace confab::modules
