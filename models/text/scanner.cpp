#include "models/text/scanner.h"

#include <charconv>
#include <cmath>
#include <system_error>

namespace mvzsim::models {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

void Scanner::skip_spaces() {
    run(is_space);
}

bool Scanner::literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
}

std::size_t Scanner::digits_from(std::size_t at) const {
    std::size_t n = 0;
    while (at + n < text_.size() && is_digit(text_[at + n])) ++n;
    return n;
}

std::optional<std::string_view> Scanner::number_text(const NumberSyntax& syntax) {
    std::size_t at = pos_;
    if (syntax.sign && at < text_.size() && (text_[at] == '+' || text_[at] == '-')) ++at;
    const std::size_t whole = digits_from(at);
    at += whole;
    bool fraction = false;
    if (at < text_.size() && text_[at] == '.') {
        const std::size_t digits = digits_from(at + 1);
        // "5." only where allowed; ".5" only where allowed; a lone "." never.
        fraction = digits > 0 ? (whole > 0 || syntax.leading_dot) : (whole > 0 && syntax.trailing_dot);
        if (fraction) at += 1 + digits;
    }
    if (whole == 0 && !fraction) return std::nullopt;
    if (syntax.exponent && at < text_.size() && (text_[at] == 'e' || text_[at] == 'E')) {
        std::size_t e = at + 1;
        if (e < text_.size() && (text_[e] == '+' || text_[e] == '-')) ++e;
        // The exponent only when complete: "1e" leaves the "e" to whatever follows.
        if (const std::size_t n = digits_from(e); n > 0) at = e + n;
    }
    const std::string_view number = text_.substr(pos_, at - pos_);
    pos_ = at;
    return number;
}

std::optional<double> decimal_value(std::string_view text) {
    // from_chars takes no leading '+'.
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty() || text.front() == '+') return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<long long> integer_value(std::string_view text) {
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty() || text.front() == '+') return std::nullopt;
    long long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string excerpt(std::string_view text, std::size_t max) {
    if (text.size() <= max) return std::string(text);
    return std::string(text.substr(0, max)) + "... (" + std::to_string(text.size()) + " characters)";
}

}  // namespace mvzsim::models
