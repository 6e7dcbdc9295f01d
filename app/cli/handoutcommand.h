#pragma once

#include <QStringList>
#include <QTextStream>

namespace stagecraft {

// `stagecraft handout [FLAGS] [--project DIR] [--output FILE [--force]]`: the handout page
// (handoutHtml) for a configuration, to standard output or into FILE.
int runHandoutCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace stagecraft
