#pragma once
// The escaping rules every byte we write goes through (Element::toString uses them; so does the
// stream header writer). They make injection impossible: any text or attribute value comes out as
// character data, and characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone
// surrogates, U+FFFE/U+FFFF) are dropped — the parser never produces them, but code might.
#include <QString>
#include <QStringView>

namespace confab::xml {

// Text content: & < > escaped, CR as &#13; so it survives the parser's line-end normalization.
void appendEscapedText(QString &out, QStringView text);
// Attribute value for a single-quoted attribute: also ' " and tab/LF/CR as character references.
void appendEscapedAttr(QString &out, QStringView value);
QString escapeText(QStringView text);
QString escapeAttr(QStringView value);

// `name` unchanged when it is a plausible unprefixed XML name (what the parser produces). Anything
// else is made one by dropping characters outside [A-Za-z0-9._-] and non-ASCII name characters,
// and prefixing '_' when it would not start with a name-start character. A defence against code
// that builds names from input, not a feature.
QString safeXmlName(const QString &name);
// Whether safeXmlName would return `name` unchanged (without making a copy to find out).
bool isSafeXmlName(QStringView name);

} // namespace confab::xml
