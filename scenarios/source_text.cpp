#include "scenarios/source_text.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "scenarios/diagnostics.h"
#include "scenarios/limits.h"

namespace mvzsim::scenarios {
namespace {

void append_utf8(std::string& out, std::uint32_t code) {
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) code = 0xfffd;
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xc0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xe0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    }
}

std::uint32_t byte_at(const std::string& s, std::size_t i) {
    return static_cast<unsigned char>(s[i]);
}

// Code units of `width` bytes from `start`, big- or little-endian.
std::uint32_t unit(const std::string& s, std::size_t i, std::size_t width, bool big_endian) {
    std::uint32_t value = 0;
    for (std::size_t k = 0; k < width; ++k) {
        const std::size_t at = big_endian ? i + k : i + width - 1 - k;
        value = (value << 8) | byte_at(s, at);
    }
    return value;
}

std::string from_utf16(const std::string& s, bool big_endian) {
    std::string out;
    for (std::size_t i = 2; i + 1 < s.size(); i += 2) {
        std::uint32_t code = unit(s, i, 2, big_endian);
        if (code >= 0xd800 && code <= 0xdbff && i + 3 < s.size()) {
            const std::uint32_t low = unit(s, i + 2, 2, big_endian);
            if (low >= 0xdc00 && low <= 0xdfff) {
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                i += 2;
            }
        }
        append_utf8(out, code);
    }
    return out;
}

std::string from_utf32(const std::string& s, bool big_endian) {
    std::string out;
    for (std::size_t i = 4; i + 3 < s.size(); i += 4) append_utf8(out, unit(s, i, 4, big_endian));
    return out;
}

bool starts_with(const std::string& s, std::string_view prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

std::string to_utf8(const std::string& bytes) {
    using namespace std::string_view_literals;
    if (starts_with(bytes, "\x00\x00\xfe\xff"sv)) return from_utf32(bytes, true);
    if (starts_with(bytes, "\xff\xfe\x00\x00"sv)) return from_utf32(bytes, false);
    if (starts_with(bytes, "\xfe\xff"sv)) return from_utf16(bytes, true);
    if (starts_with(bytes, "\xff\xfe"sv)) return from_utf16(bytes, false);
    if (starts_with(bytes, "\xef\xbb\xbf"sv)) return bytes.substr(3);
    return bytes;
}

std::string read_scenario_file(const std::string& path) {
    auto fail = [&](const std::string& message) { return InputError({{path, 0, 0, "", message}}); };
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) throw fail(std::string("cannot read the file: ") + std::strerror(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) throw fail(std::string("cannot read the file: ") + std::strerror(errno));
    if (S_ISDIR(info.st_mode)) throw fail("is a folder, not a scenario file");
    if (!S_ISREG(info.st_mode))
        throw fail("is not a regular file (a device, pipe or socket): mvzsim reads a scenario from a file");
    if (static_cast<std::uintmax_t>(info.st_size) > kMaxTextBytes)
        throw fail("the file is larger than 1 MiB (" + std::to_string(info.st_size) +
                   " bytes; the limit of a scenario file): a scenario takes a few KB");
    std::string bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw fail(std::string("cannot read the file: ") + std::strerror(errno));
        if (n == 0) break;
        bytes.append(buffer, static_cast<std::size_t>(n));
        // The file may have grown since fstat.
        if (bytes.size() > kMaxTextBytes) throw fail("the file is larger than 1 MiB (the limit of a scenario file)");
    }
    return bytes;
}

}  // namespace mvzsim::scenarios
