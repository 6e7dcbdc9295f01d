#include "dockerfile/document.h"

namespace stagecraft {

namespace {

bool isBuildKitFlag(const std::string &flag)
{
    for (const char *prefix : {"--mount", "--link", "--chmod", "--parents", "--exclude", "--network", "--security"}) {
        if (flag.rfind(prefix, 0) == 0)
            return true;
    }
    return false;
}

void appendLine(RenderedDockerfile &out, const std::string &line, LineOrigin origin)
{
    out.text += line;
    out.text += '\n';
    out.lines.push_back(origin);
}

// RUN --mount flags each get a line of their own: long mount lists stay readable and
// a diff of two configurations shows exactly which mount changed.
void renderInstruction(RenderedDockerfile &out, const Instruction &instruction, LineOrigin origin)
{
    std::vector<std::string> lines;
    std::string current = instruction.keyword;
    for (const std::string &flag : instruction.flags) {
        if (flag.rfind("--mount", 0) == 0) {
            current += ' ' + flag;
            lines.push_back(current);
            current = "   ";
        } else {
            current += ' ' + flag;
        }
    }
    for (std::size_t i = 0; i < instruction.argumentLines.size(); ++i) {
        if (i > 0) {
            lines.push_back(current);
            current = "   ";
        }
        current += ' ' + instruction.argumentLines[i];
    }
    lines.push_back(current);
    for (std::size_t i = 0; i < lines.size(); ++i)
        appendLine(out, i + 1 < lines.size() ? lines[i] + " \\" : lines[i], origin);
}

} // namespace

std::string Instruction::arguments() const
{
    std::string joined;
    for (const std::string &line : argumentLines) {
        if (!joined.empty())
            joined += ' ';
        joined += line;
    }
    return joined;
}

bool Document::usesBuildKitSyntax() const
{
    for (const Stage &stage : stages) {
        for (const Instruction &instruction : stage.instructions) {
            for (const std::string &flag : instruction.flags) {
                if (isBuildKitFlag(flag))
                    return true;
            }
            if (instruction.arguments().find("<<") == 0)
                return true;
        }
    }
    return false;
}

RenderedDockerfile render(const Document &document)
{
    RenderedDockerfile out;
    if (document.usesBuildKitSyntax()) {
        appendLine(out, SyntaxDirective, {});
        appendLine(out, "", {});
    }
    for (std::size_t s = 0; s < document.stages.size(); ++s) {
        const Stage &stage = document.stages[s];
        const int stageIndex = static_cast<int>(s);
        if (s > 0)
            appendLine(out, "", {});
        std::string from = "FROM ";
        if (!stage.platform.empty())
            from += "--platform=" + stage.platform + ' ';
        from += stage.baseImage;
        if (!stage.name.empty())
            from += " AS " + stage.name;
        appendLine(out, from, {stageIndex, -1});
        for (std::size_t i = 0; i < stage.instructions.size(); ++i)
            renderInstruction(out, stage.instructions[i], {stageIndex, static_cast<int>(i)});
    }
    return out;
}

std::string explanationForLine(const Document &document, const RenderedDockerfile &rendered, int line)
{
    if (line < 0 || line >= static_cast<int>(rendered.lines.size()))
        return {};
    const LineOrigin origin = rendered.lines[static_cast<std::size_t>(line)];
    if (line == 0 && document.usesBuildKitSyntax())
        return "Selects BuildKit's Dockerfile syntax, version 1.x, fetched at build time: the RUN --mount "
               "lines below (bind and cache mounts) need it. It must stay the very first line.";
    if (origin.stage < 0 || origin.stage >= static_cast<int>(document.stages.size()))
        return {};
    const Stage &stage = document.stages[static_cast<std::size_t>(origin.stage)];
    if (origin.instruction < 0)
        return stage.explanation;
    if (origin.instruction >= static_cast<int>(stage.instructions.size()))
        return {};
    return stage.instructions[static_cast<std::size_t>(origin.instruction)].explanation;
}

} // namespace stagecraft
