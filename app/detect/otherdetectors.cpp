#include "detect/detectors.h"
#include "detect/versions.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <set>

namespace stagecraft {

namespace {

void noStack(ScanContext &context, const std::string &language, const std::string &name)
{
    DetectionResult &result = context.result();
    result.language = language;
    result.stack.clear();
    result.reason = name + " project found; Stagecraft has no " + name + " stack yet";
}

std::string versionFileLine(ScanContext &context, const std::string &path)
{
    const auto text = context.read(path, 4096);
    return text ? firstLine(*text) : std::string();
}

bool detectRust(ScanContext &context)
{
    const std::string cargo = context.inProject("Cargo.toml");
    if (!context.isFile(cargo))
        return false;
    DetectionResult &result = context.result();
    noStack(context, "rust", "Rust");
    context.addEvidence(cargo, "Cargo.toml", Confidence::Certain, "stack");
    std::string rustVersion;
    if (const auto table = context.readToml(cargo)) {
        const std::string name = (*table)["package"]["name"].value_or(std::string());
        rustVersion = (*table)["package"]["rust-version"].value_or(std::string());
        std::vector<std::string> binaries;
        if (const auto *bins = (*table)["bin"].as_array()) {
            for (const auto &bin : *bins) {
                if (const auto *binTable = bin.as_table())
                    binaries.push_back((*binTable)["name"].value_or(std::string()));
            }
        }
        if (binaries.empty() && !name.empty() && context.isFile(context.inProject("src/main.rs")))
            binaries.push_back(name);
        std::string list;
        for (const auto &binary : binaries)
            list += (list.empty() ? "" : ", ") + binary;
        if (!list.empty())
            context.addEvidence(cargo, "binaries: " + list, Confidence::Certain);
        if ((*table)["workspace"].is_table())
            context.addEvidence(cargo, "[workspace]", Confidence::Certain);
    }
    const std::string lock = context.findUp("Cargo.lock");
    if (!lock.empty())
        context.addEvidence(lock, "lockfile Cargo.lock", Confidence::Certain);
    const std::string toolchainToml = context.findUp("rust-toolchain.toml");
    if (const auto table = toolchainToml.empty() ? std::nullopt : context.readToml(toolchainToml)) {
        const std::string channel = (*table)["toolchain"]["channel"].value_or(std::string());
        context.setOnce(result.languageVersion, reduceMajorMinor(channel), toolchainToml, "channel " + channel,
                        Confidence::Certain);
    }
    const std::string toolchainFile = context.findUp("rust-toolchain");
    if (!toolchainFile.empty()) {
        const std::string channel = versionFileLine(context, toolchainFile);
        context.setOnce(result.languageVersion, reduceMajorMinor(channel), toolchainFile, channel, Confidence::Certain);
    }
    context.setOnce(result.languageVersion, reduceMajorMinor(rustVersion), cargo,
                    "rust-version \"" + rustVersion + "\"", Confidence::Likely);
    return true;
}

// Maven: the properties and compiler plugin settings that name the Java release.
bool detectMaven(ScanContext &context)
{
    const std::string pom = context.inProject("pom.xml");
    if (!context.isFile(pom))
        return false;
    DetectionResult &result = context.result();
    noStack(context, "java", "Java");
    context.addEvidence(pom, "pom.xml (Maven)", Confidence::Certain, "stack");
    const auto text = context.read(pom);
    if (!text)
        return true;
    QXmlStreamReader xml(QByteArray::fromRawData(text->data(), qsizetype(text->size())));
    std::vector<std::string> path;
    std::map<std::string, std::string> found;
    bool springWeb = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.push_back(xml.name().toString().toStdString());
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.empty())
                path.pop_back();
        } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace() && path.size() >= 2) {
            const std::string value = xml.text().toString().trimmed().toStdString();
            const std::string &leaf = path.back();
            const std::string &parent = path[path.size() - 2];
            if (parent == "properties" && path.size() == 3)
                found.emplace(leaf, value);
            else if (parent == "configuration" && (leaf == "release" || leaf == "source"))
                found.emplace("plugin." + leaf, value);
            else if (leaf == "artifactId" && value.rfind("spring-boot-starter-web", 0) == 0)
                springWeb = true;
        }
    }
    if (xml.hasError()) {
        context.warn(pom + ": malformed XML at line " + std::to_string(xml.lineNumber()) + ", column "
                     + std::to_string(xml.columnNumber()) + " (" + xml.errorString().toStdString() + "); ignored");
        return true;
    }
    for (const char *key : {"java.version", "maven.compiler.release", "plugin.release", "maven.compiler.source",
                            "plugin.source"}) {
        const auto it = found.find(key);
        if (it == found.end())
            continue;
        const std::string label = std::string(key).rfind("plugin.", 0) == 0
            ? "maven-compiler-plugin <" + std::string(key).substr(7) + ">" + it->second
            : "<" + std::string(key) + ">" + it->second;
        if (context.setOnce(result.languageVersion, reduceJavaVersion(it->second), pom, label, Confidence::Certain))
            break;
    }
    if (springWeb)
        context.setPort(8080, pom, "Spring Boot web listens on 8080 by default", Confidence::Guess);
    return true;
}

bool detectGradle(ScanContext &context)
{
    std::string file;
    for (const char *name : {"build.gradle.kts", "build.gradle"}) {
        if (context.isFile(context.inProject(name))) {
            file = context.inProject(name);
            break;
        }
    }
    if (file.empty())
        return false;
    DetectionResult &result = context.result();
    noStack(context, "java", "Java");
    context.addEvidence(file, fileNameOf(file) + " (Gradle)", Confidence::Certain, "stack");
    const auto text = context.read(file);
    if (!text)
        return true;
    static const std::vector<std::pair<std::regex, const char *>> patterns = {
        {std::regex(R"(JavaLanguageVersion\.of\(\s*(\d+)\s*\))"), "toolchain languageVersion"},
        {std::regex(R"(jvmToolchain\(\s*(\d+)\s*\))"), "jvmToolchain"},
        {std::regex(R"re(sourceCompatibility\s*=\s*(?:JavaVersion\.)?['"]?(VERSION_[\d_]+|[\d.]+))re"), "sourceCompatibility"},
    };
    for (const auto &[pattern, label] : patterns) {
        const std::string stated = findInLines(*text, pattern);
        if (context.setOnce(result.languageVersion, reduceJavaVersion(stated), file, std::string(label) + " " + stated,
                            Confidence::Certain))
            break;
    }
    if (text->find("spring-boot-starter-web") != std::string::npos)
        context.setPort(8080, file, "Spring Boot web listens on 8080 by default", Confidence::Guess);
    return true;
}

// Compares "8.0" and "10.0" as numbers; std::stod would depend on the C locale.
bool newerVersion(const std::string &a, const std::string &b)
{
    auto parts = [](const std::string &v) {
        const auto dot = v.find('.');
        return std::pair<int, int>(std::atoi(v.substr(0, dot).c_str()),
                                   dot == std::string::npos ? 0 : std::atoi(v.substr(dot + 1).c_str()));
    };
    return parts(a) > parts(b);
}

bool detectDotnet(ScanContext &context)
{
    const std::string prefix = context.project().empty() ? std::string() : context.project() + '/';
    std::string project;
    for (const auto &file : context.projectFiles()) {
        const std::string name = file.substr(prefix.size());
        if (name.find('/') == std::string::npos && name.size() > 7 && name.compare(name.size() - 7, 7, ".csproj") == 0) {
            project = file;
            break;
        }
    }
    if (project.empty())
        return false;
    DetectionResult &result = context.result();
    noStack(context, "dotnet", ".NET");
    context.addEvidence(project, fileNameOf(project), Confidence::Certain, "stack");
    const auto text = context.read(project);
    if (!text)
        return true;
    QXmlStreamReader xml(QByteArray::fromRawData(text->data(), qsizetype(text->size())));
    std::string frameworks;
    bool web = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("Project"))
            web = xml.attributes().value(QStringLiteral("Sdk")) == QStringLiteral("Microsoft.NET.Sdk.Web");
        else if (xml.name() == QStringLiteral("TargetFramework") || xml.name() == QStringLiteral("TargetFrameworks"))
            frameworks = xml.readElementText().trimmed().toStdString();
    }
    if (xml.hasError()) {
        context.warn(project + ": malformed XML at line " + std::to_string(xml.lineNumber()) + ", column "
                     + std::to_string(xml.columnNumber()) + " (" + xml.errorString().toStdString() + "); ignored");
        return true;
    }
    // Several target frameworks: the image runs the newest.
    std::string best;
    std::size_t start = 0;
    while (start <= frameworks.size()) {
        std::size_t end = frameworks.find(';', start);
        if (end == std::string::npos)
            end = frameworks.size();
        const std::string version = reduceDotnetVersion(trimmed(frameworks.substr(start, end - start)));
        if (!version.empty() && (best.empty() || newerVersion(version, best)))
            best = version;
        start = end + 1;
    }
    context.setOnce(result.languageVersion, best, project, "TargetFramework " + frameworks, Confidence::Certain);
    if (web)
        context.setPort(8080, project, "ASP.NET Core images listen on 8080 by default", Confidence::Guess);
    return true;
}

// Extensions every official php image already has compiled in (php -m of the cli, fpm
// and apache variants; opcache is built in from 8.5 and enabled by default in 8.2-8.4).
bool bundledPhpExtension(const std::string &name)
{
    static const std::set<std::string> bundled = {
        "core", "ctype", "curl", "date", "dom", "fileinfo", "filter", "hash", "iconv", "json", "libxml", "mbstring",
        "mysqlnd", "openssl", "pcre", "pdo", "pdo_sqlite", "phar", "posix", "random", "readline", "reflection",
        "session", "simplexml", "sodium", "spl", "sqlite3", "standard", "tokenizer", "xml", "xmlreader", "xmlwriter",
        "zlib", "opcache", "zend-opcache"};
    return bundled.count(name) > 0;
}

bool detectPhp(ScanContext &context)
{
    const std::string composer = context.inProject("composer.json");
    if (!context.isFile(composer))
        return false;
    DetectionResult &result = context.result();
    result.language = "php";
    result.stack = "php";
    result.reason.clear();
    result.packageManager = "composer";
    context.addEvidence(composer, "composer.json", Confidence::Certain, "stack");
    context.addEvidence(composer, "composer.json (Composer)", Confidence::Certain, "packageManager");
    std::string framework = "none";
    std::string extensions;
    if (const auto json = context.readJson(composer); json && json->is_object()) {
        const auto require = json->value("require", nlohmann::json::object());
        if (require.is_object()) {
            if (require.contains("php") && require["php"].is_string()) {
                const std::string stated = require["php"].get<std::string>();
                context.setOnce(result.languageVersion, reduceMajorMinor(stated), composer,
                                "require.php \"" + stated + "\"", Confidence::Likely);
            }
            for (const auto &[name, constraint] : require.items()) {
                if (name.rfind("ext-", 0) != 0)
                    continue;
                std::string extension = name.substr(4);
                std::transform(extension.begin(), extension.end(), extension.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                // Only names install-php-extensions could take; anything else is left to the user.
                const bool plain = !extension.empty() && std::all_of(extension.begin(), extension.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                });
                if (!plain || bundledPhpExtension(extension))
                    continue;
                extensions += (extensions.empty() ? "" : " ") + extension;
            }
            if (require.contains("laravel/framework"))
                framework = "laravel";
            else if (require.contains("symfony/framework-bundle") || require.contains("symfony/runtime"))
                framework = "symfony";
        }
    }
    if (framework == "laravel" && context.isFile(context.inProject("artisan")))
        context.addEvidence(composer, "laravel/framework and artisan (Laravel)", Confidence::Certain, "");
    else if (framework == "laravel")
        context.addEvidence(composer, "laravel/framework (Laravel)", Confidence::Likely, "");
    else if (framework == "symfony")
        context.addEvidence(composer, "symfony/framework-bundle (Symfony)", Confidence::Likely, "");
    result.options["framework"] = framework;
    if (!extensions.empty()) {
        result.options["extensions"] = extensions;
        context.addEvidence(composer, "extensions to install: " + extensions, Confidence::Certain, "");
    }
    const std::string lock = context.findUp("composer.lock");
    if (!lock.empty())
        context.addEvidence(lock, "lockfile composer.lock", Confidence::Certain);
    context.setPort(9000, composer, "PHP-FPM listens on 9000 (FastCGI)", Confidence::Guess);
    return true;
}

// A `gem "name"` line in a Gemfile (not a comment).
bool hasGem(const std::string &gemfile, const std::string &name)
{
    const std::regex gem("^\\s*gem\\s+['\"]" + name + "['\"]");
    return !findInLines(gemfile, gem).empty();
}

bool detectRuby(ScanContext &context)
{
    const std::string gemfile = context.inProject("Gemfile");
    if (!context.isFile(gemfile))
        return false;
    DetectionResult &result = context.result();
    result.language = "ruby";
    context.addEvidence(gemfile, "Gemfile", Confidence::Certain, "stack");
    const std::string rubyVersion = context.findUp(".ruby-version");
    if (!rubyVersion.empty()) {
        std::string stated = versionFileLine(context, rubyVersion);
        if (stated.rfind("ruby-", 0) == 0)
            stated.erase(0, 5);
        context.setOnce(result.languageVersion, reduceMajorMinor(stated), rubyVersion, "Ruby " + stated,
                        Confidence::Certain);
    }
    const auto text = context.read(gemfile);
    const std::string gems = text ? *text : std::string();
    static const std::regex ruby(R"re(^\s*ruby\s+['"]([^'"]+)['"])re");
    const std::string stated = findInLines(gems, ruby);
    context.setOnce(result.languageVersion, reduceMajorMinor(stated), gemfile, "ruby \"" + stated + "\"",
                    Confidence::Certain);
    const bool rails = hasGem(gems, "rails") && context.isFile(context.inProject("bin/rails"));
    const bool rack = context.isFile(context.inProject("config.ru"));
    const std::string lock = context.findUp("Gemfile.lock");
    if (!lock.empty())
        context.addEvidence(lock, "lockfile Gemfile.lock", Confidence::Certain);
    if (!rails && !rack) {
        result.stack.clear();
        result.reason = "Ruby project found, but neither a Rails app (the rails gem and bin/rails) nor a Rack app "
                        "(config.ru): Stagecraft's Ruby stack needs one of them to start a server";
        return true;
    }
    result.stack = "ruby";
    result.reason.clear();
    result.packageManager = "bundler";
    context.addEvidence(gemfile, "Gemfile (Bundler)", Confidence::Certain, "packageManager");
    if (rails) {
        result.options["framework"] = "rails";
        context.addEvidence(gemfile, "gem rails and bin/rails (Rails)", Confidence::Certain, "");
        result.options["bootsnap"] = hasGem(gems, "bootsnap") ? "true" : "false";
        // An API-only app has no asset pipeline gem, so there is nothing to precompile.
        const bool assets = hasGem(gems, "propshaft") || hasGem(gems, "sprockets-rails") || hasGem(gems, "sprockets");
        result.options["assetsPrecompile"] = assets ? "true" : "false";
        result.startCommand = "./bin/rails server";
        result.startFile = "bin/rails";
        context.addEvidence(context.inProject("bin/rails"), "./bin/rails server", Confidence::Likely, "startCommand");
        context.setPort(3000, gemfile, "Rails listens on 3000 by default", Confidence::Guess);
    } else {
        result.options["framework"] = "rack";
        const bool puma = hasGem(gems, "puma");
        result.startCommand = puma ? "bundle exec puma config.ru" : "bundle exec rackup config.ru";
        result.startFile = "config.ru";
        context.addEvidence(context.inProject("config.ru"), std::string("config.ru (Rack), served by ") + (puma ? "puma" : "rackup"),
                            Confidence::Likely, "startCommand");
        context.setPort(9292, context.inProject("config.ru"), "Puma and rackup listen on 9292 by default", Confidence::Guess);
    }
    return true;
}

} // namespace

bool detectOther(ScanContext &context)
{
    return detectRust(context) || detectMaven(context) || detectGradle(context) || detectDotnet(context)
        || detectPhp(context) || detectRuby(context);
}

} // namespace stagecraft
