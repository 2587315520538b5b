#include "scenarios/source_text.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "scenarios/diagnostics.h"

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
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw InputError({{path, 0, 0, "", "is a folder, not a scenario file"}});
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError({{path, 0, 0, "", std::string("cannot read the file: ") + std::strerror(errno)}});
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace mvzsim::scenarios
