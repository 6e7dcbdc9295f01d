#pragma once

#include <QStringList>
#include <QTextStream>

namespace stagecraft {

// `stagecraft check DIR [--dockerfile FILE] [--json]`: the static build check of a
// Dockerfile (DIR/Dockerfile by default) against the folder as build context and the
// project scan. Exit 0 fits, 1 findings, 2 bad input.
int runCheckCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace stagecraft
