#pragma once
// An error from confabd (or from ControlClient itself) in the admin's language.
//
// confabd sends the code, the English message with its arguments already substituted, and the
// arguments. Every English message template is a QT_TRANSLATE_NOOP("Errors", ...) source text, so
// the manager puts the placeholders back ({name} for each argument's value, longest value first),
// translates that template and substitutes the arguments again. When that gives no translation
// (a template the manager's catalog does not know yet) the English message is shown, never a
// bare code unless confabd sent no message at all.
#include "shared/error.h"

namespace confab::manager {

QString errorText(const Error &error);
// The template errorText() looks up: `message` with each argument value replaced by {name}.
QString errorTemplate(const Error &error);

} // namespace confab::manager
