#include "handout/handout.h"

#include "common/translated.h"
#include "common/version.h"
#include "handout/highlightedcode.h"
#include "handout/htmltext.h"
#include "handout/sizechartsvg.h"

#include <utility>
#include <vector>

namespace stagecraft {

namespace {

std::string e(const std::string &text)
{
    return htmlEscaped(text);
}

std::string choiceName(const Choice *choice, const std::string &id)
{
    return choice && !choice->name.empty() ? choice->name : id;
}

std::string styleSheet(const CodeColours &colours)
{
    return R"(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: sans-serif; color: #1b1b1b; background: #ffffff; margin: 0 auto; max-width: 62rem;
       padding: 1.5rem; line-height: 1.45; font-size: 11pt;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 1.6em; margin: 0 0 0.3em; }
h2 { font-size: 1.3em; margin: 0 0 0.4em; border-bottom: 2px solid #d0d4da; padding-bottom: 0.2em; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
.lead { color: #444444; margin: 0 0 1em; }
section { margin: 0 0 2rem; }
dl.choices { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1.2em; margin: 0 0 1.2em; }
dl.choices dt { font-weight: bold; }
dl.choices dd { margin: 0; overflow-wrap: anywhere; }
ul.notes { margin: 0 0 1em; padding-left: 1.2em; color: #444444; }
.size-chart { width: 100%; height: auto; display: block; margin: 0.5em 0 0.8em; }
.block { margin: 0 0 0.9em; break-inside: avoid; page-break-inside: avoid; }
.code { font-family: monospace; font-size: 9pt; line-height: 1.35; border: 1px solid #d0d4da; border-radius: 4px;
        padding: 0.35em 0.6em; color: )" + colours.text + "; background: " + colours.background + R"(; }
.line { display: grid; grid-template-columns: 2.6em 1fr; }
.no { color: #8a8f98; text-align: right; padding-right: 0.9em; user-select: none; }
.line code { font-family: inherit; white-space: pre-wrap; overflow-wrap: anywhere; }
.why { margin: 0.3em 0 0 0.6em; padding-left: 0.7em; border-left: 3px solid #9fb7d6; font-size: 0.95em; }
footer { color: #666666; font-size: 0.85em; border-top: 1px solid #d0d4da; padding-top: 0.5em; }
@page { size: A4; margin: 14mm 13mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  section.variant { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .code { font-size: 8.5pt; }
}
)";
}

// One instruction (or a stage's FROM line, or the directive) with its lines, in file order.
struct Block
{
    LineOrigin origin;
    std::vector<int> lines;
    std::string explanation;
};

std::vector<Block> blocksOf(const Document &document, const RenderedDockerfile &rendered)
{
    std::vector<Block> blocks;
    std::size_t start = 0;
    for (std::size_t i = 0; i < rendered.lines.size(); ++i) {
        const std::size_t end = rendered.text.find('\n', start);
        const bool blank = end == start;
        start = end == std::string::npos ? rendered.text.size() : end + 1;
        if (blank) // the separators between stages and after the directive
            continue;
        const LineOrigin origin = rendered.lines[i];
        const int line = static_cast<int>(i);
        if (!blocks.empty() && origin.stage >= 0 && blocks.back().origin == origin && blocks.back().lines.back() == line - 1) {
            blocks.back().lines.push_back(line);
            continue;
        }
        blocks.push_back({origin, {line}, explanationForLine(document, rendered, line)});
    }
    return blocks;
}

std::string stageHeading(const Document &document, int stage)
{
    const Stage &s = document.stages[static_cast<std::size_t>(stage)];
    const std::string count = std::to_string(document.stages.size());
    std::string heading = document.stages.size() == 1 ? e(coreText("handout", "The only stage"))
                          : e(withArgs(coreText("handout", "Stage %1 of %2"), {std::to_string(stage + 1), count}));
    if (!s.name.empty())
        heading += ": <code>" + e(s.name) + "</code>";
    else if (document.stages.size() > 1)
        heading += ": " + e(coreText("handout", "the final image"));
    return "<h3>" + heading + "</h3>\n";
}

std::string variantHtml(const Document &document, KSyntaxHighlighting::Repository &repository)
{
    const RenderedDockerfile rendered = render(document);
    const std::vector<std::string> highlighted = highlightedDockerfileLines(rendered.text, repository);
    std::string html;
    for (const Block &block : blocksOf(document, rendered)) {
        if (block.origin.stage >= 0 && block.origin.instruction < 0)
            html += stageHeading(document, block.origin.stage);
        html += "<div class=\"block\">\n<div class=\"code\">";
        for (int line : block.lines) {
            const std::string code = line < static_cast<int>(highlighted.size()) ? highlighted[static_cast<std::size_t>(line)] : "";
            html += "<div class=\"line\"><span class=\"no\">" + std::to_string(line + 1) + "</span><code>" + code
                    + "</code></div>";
        }
        html += "</div>\n";
        if (!block.explanation.empty())
            html += "<p class=\"why\">" + e(block.explanation) + "</p>\n";
        html += "</div>\n";
    }
    return html;
}

std::vector<std::pair<std::string, std::string>> choices(const Catalog &catalog, const Config &config, const Generated &generated)
{
    const StackDefinition *stack = catalog.find(config.stack);
    std::vector<std::pair<std::string, std::string>> rows;
    rows.emplace_back(coreText("handout", "Stack"), stack ? stack->name : config.stack);
    rows.emplace_back(coreText("handout", "Language version"),
                      choiceName(stack ? stack->languageVersion(config.languageVersion) : nullptr, config.languageVersion));
    rows.emplace_back(coreText("handout", "Package manager"),
                      choiceName(stack ? stack->packageManager(config.packageManager) : nullptr, config.packageManager));
    rows.emplace_back(coreText("handout", "Runtime base"), choiceName(stack ? stack->base(config.base) : nullptr, config.base) + " ("
                                                               + generated.multiStage.finalStage().baseImage + ")");
    rows.emplace_back(coreText("handout", "Runs as"),
                      config.nonRoot
                          ? withArgs(coreText("handout", "user %1:%2 (not root)"), {std::to_string(config.uid), std::to_string(config.gid)})
                          : std::string("root"));
    rows.emplace_back(coreText("handout", "Cache mounts"), config.cacheMounts ? coreText("handout", "yes") : coreText("handout", "no"));
    rows.emplace_back(coreText("handout", "Port"), std::to_string(config.port));
    if (!config.startCommand.empty())
        rows.emplace_back(coreText("handout", "Start command"), config.startCommand);
    rows.emplace_back(coreText("handout", "Health check"), config.healthcheck ? config.healthcheckPath : coreText("handout", "no"));
    return rows;
}

} // namespace

std::string handoutHtml(const Catalog &catalog, const Config &config, const Generated &generated,
                        const SizeEstimate &estimate, KSyntaxHighlighting::Repository &repository)
{
    const StackDefinition *stack = catalog.find(config.stack);
    const std::string stackName = stack ? stack->name : config.stack;
    const std::size_t stages = generated.multiStage.stages.size();

    // The page's language is the language its headings were translated into.
    //: The language code of this translation (BCP 47), written into the handout page.
    const std::string language = coreText("handout", "en");
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + e(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"Stagecraft " STAGECRAFT_VERSION "\">\n"
                       "<title>" + e(withArgs(coreText("handout", "%1: multi-stage and single-stage Dockerfile"), {stackName}))
                       + "</title>\n<style>"
                       + styleSheet(codeColours(repository)) + "</style>\n</head>\n<body>\n";

    html += "<header>\n<h1>" + e(withArgs(coreText("handout", "%1: a multi-stage Dockerfile, line by line"), {stackName})) + "</h1>\n";
    html += "<p class=\"lead\">"
            + e(coreText("handout", "The same application built two ways: the multi-stage Dockerfile builds in throwaway stages and ships only what the application needs to run; the single-stage one keeps everything in one image. Every instruction is explained under its lines."))
            + "</p>\n</header>\n";

    html += "<section class=\"overview\">\n<h2>" + e(coreText("handout", "The choices")) + "</h2>\n<dl class=\"choices\">\n";
    for (const auto &[label, value] : choices(catalog, config, generated))
        html += "<dt>" + e(label) + "</dt><dd>" + e(value) + "</dd>\n";
    html += "</dl>\n";
    if (!generated.notes.empty()) {
        html += "<ul class=\"notes\">\n";
        for (const std::string &note : generated.notes)
            html += "<li>" + e(note) + "</li>\n";
        html += "</ul>\n";
    }
    html += "<h2>" + e(coreText("handout", "Image size")) + "</h2>\n" + sizeChartSvg(estimate);
    const std::string sizesAre
        = estimate.dataAsOf.empty()
              ? coreText("handout", "Base-image sizes are published figures; striped layers are typical sizes for the stack, solid ones were measured in the project.")
              : withArgs(coreText("handout", "Base-image sizes are published figures (as of %1); striped layers are typical sizes for the stack, solid ones were measured in the project."),
                         {estimate.dataAsOf});
    html += "<p>"
            + e(coreText("handout", "Each bar is one image, each segment one layer, on the same scale: the single-stage image ships the toolchain, every dependency (development ones too), the sources and whatever the build left behind; the multi-stage image starts from a small runtime base and copies in only what runs."))
            + " " + e(sizesAre) + "</p>\n</section>\n";

    const std::string multiHeading = stages == 1
                                         ? withArgs(coreText("handout", "Multi-stage Dockerfile (%1 stage)"), {std::to_string(stages)})
                                         : withArgs(coreText("handout", "Multi-stage Dockerfile (%1 stages)"), {std::to_string(stages)});
    html += "<section class=\"variant multi-stage\">\n<h2>" + e(multiHeading) + "</h2>\n";
    html += "<p class=\"lead\">"
            + e(coreText("handout", "What Stagecraft writes: build in one stage, copy only the result into a small final image."))
            + "</p>\n";
    html += variantHtml(generated.multiStage, repository) + "</section>\n";

    html += "<section class=\"variant single-stage\">\n<h2>" + e(coreText("handout", "Single-stage Dockerfile (for comparison)"))
            + "</h2>\n";
    html += "<p class=\"lead\">"
            + e(coreText("handout", "The naive version: one image that builds and runs, so everything the build needed ships with the application."))
            + "</p>\n";
    html += variantHtml(generated.singleStage, repository) + "</section>\n";

    html += "<footer>"
            + e(withArgs(coreText("handout", "Made with Stagecraft %1 from the %2 template. Sizes are estimates before any build."),
                         {STAGECRAFT_VERSION, stackName}))
            + "</footer>\n</body>\n</html>\n";
    return html;
}

} // namespace stagecraft
