// SPDX-License-Identifier: LGPL-3.0-or-later
#include "app/cli/CliSupport.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <ostream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyladder::cli {

namespace {

std::string systemError(const std::string& what, const std::string& path) {
    return what + " " + quoteValue(path) + ": " + std::strerror(errno);
}

// Removes the temporary file unless the rename succeeded.
struct TempFile {
    std::string path;
    int fd = -1;
    bool keep = false;
    ~TempFile() {
        if (fd >= 0)
            ::close(fd);
        if (!keep && !path.empty())
            ::unlink(path.c_str());
    }
};

} // namespace

const GroupInfo& groupArg(const ParsedArgs& args, const std::string& flag, bool mustBeAvailable) {
    const std::string& id = args.value(flag);
    const GroupInfo* group = findGroup(id);
    if (!group)
        throw UsageError(flag + ": unknown group " + quoteValue(id) + " (keyladder-cli groups lists them)");
    if (mustBeAvailable && !group->available)
        throw UsageError(flag + ": group " + quoteValue(id) + " is unavailable: " + group->unavailableReason);
    return *group;
}

std::string rejectionMessage(const std::string& flag, const ValidationError& error) {
    const std::string rule = ruleName(error.rule());
    std::string check = error.what();
    if (check.rfind(rule + ": ", 0) == 0)
        check.erase(0, rule.size() + 2);
    return flag + ": rejected by rule " + rule + ": " + check;
}

bool parseOrHelp(const ArgParser& parser, const std::vector<std::string>& args, Io& io, ParsedArgs& parsed) {
    parsed = parser.parse(args);
    if (!parsed.helpRequested())
        return false;
    io.out << parser.help();
    return true;
}

void writeFileAtomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    if (target.filename().empty())
        throw IoError("cannot write " + quoteValue(path) + ": not a file name");
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    TempFile tmp;
    std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    tmp.fd = ::mkstemp(pattern.data());
    if (tmp.fd < 0)
        throw IoError(systemError("cannot create a temporary file in", dir.string()));
    tmp.path = pattern;
    // mkstemp makes the file 0600; a result file gets the usual permissions.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(tmp.fd, 0666 & ~mask);
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(tmp.fd, data, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw IoError(systemError("cannot write", tmp.path));
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(tmp.fd) != 0)
        throw IoError(systemError("cannot flush", tmp.path));
    if (::close(tmp.fd) != 0) {
        tmp.fd = -1;
        throw IoError(systemError("cannot close", tmp.path));
    }
    tmp.fd = -1;
    if (::rename(tmp.path.c_str(), path.c_str()) != 0)
        throw IoError(systemError("cannot replace", path));
    tmp.keep = true;
}

std::string readInput(const std::string& path, std::size_t maxOctets) {
    std::string text;
    const auto readAll = [&](std::istream& in) {
        std::istreambuf_iterator<char> it(in), end;
        // Stop one octet past the limit so that the loader can report the oversized document itself.
        while (it != end && text.size() <= maxOctets)
            text.push_back(*it++);
    };
    if (path == "-" || path == "/dev/stdin") {
        readAll(std::cin);
        if (std::cin.bad())
            throw IoError("cannot read standard input");
        return text;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw IoError("cannot read " + quoteValue(path) + ": is a directory");
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw IoError(systemError("cannot read", path));
    readAll(file);
    if (file.bad())
        throw IoError(systemError("cannot read", path));
    return text;
}

void emit(Io& io, const std::optional<std::string>& outPath, std::string_view content) {
    if (!outPath || *outPath == "-") {
        io.out << content;
        return;
    }
    writeFileAtomically(*outPath, content);
}

} // namespace keyladder::cli
