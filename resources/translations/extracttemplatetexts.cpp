// Writes the texts of the given template files (templates/*.json, templates/parts/*.json) as
// QT_TRANSLATE_NOOP3 markers to a C++ file that only lupdate reads: context
// "template/<file>", source the English text, disambiguation the text's key (see
// catalog/templatetexts.h). The build runs it over every template file there is, so a new
// template's texts reach the .ts files on the next `update_translations` by themselves.
#include "catalog/templatetexts.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <iostream>
#include <string>

namespace {

std::string literal(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    return out + "\"";
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::cerr << "usage: stagecraft-template-texts OUTPUT TEMPLATE.json...\n";
        return 2;
    }
    std::string body = "// Generated from the template files by stagecraft-template-texts, for lupdate only.\n"
                       "#include <QtGlobal>\n\nvoid templateTexts()\n{\n";
    for (int i = 2; i < argc; ++i) {
        std::ifstream in(argv[i]);
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(in);
        } catch (const nlohmann::json::exception &error) {
            std::cerr << "stagecraft-template-texts: " << argv[i] << ": " << error.what() << '\n';
            return 1;
        }
        const std::string context = stagecraft::templateTextContext(argv[i]);
        for (const stagecraft::TemplateText &text : stagecraft::templateTexts(json))
            body += "    QT_TRANSLATE_NOOP3(" + literal(context) + ", " + literal(text.text) + ", " + literal(text.key) + ");\n";
    }
    body += "}\n";
    // Written only when it changed, so lupdate's inputs keep their time stamps otherwise.
    std::ifstream old(argv[1], std::ios::binary);
    const std::string previous((std::istreambuf_iterator<char>(old)), std::istreambuf_iterator<char>());
    if (previous == body)
        return 0;
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out << body;
    return out.good() ? 0 : 1;
}
