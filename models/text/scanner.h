#pragma once
// A cursor over one line of text, for the small hand-written parsers of targets, ranges and
// months (std::regex recursed on long input until the stack overflowed). Every step looks at each
// character at most once and never recurses, so any input takes time linear in its length.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mvzsim::models {

// How a decimal number may be written; never inf, nan, hex or a thousands separator.
struct NumberSyntax {
    bool sign = true;           // a leading + or -
    bool leading_dot = true;    // ".5"
    bool trailing_dot = false;  // "5."
    bool exponent = true;       // "1e5", "2.5E-3"
};

class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text) {}

    bool at_end() const { return pos_ == text_.size(); }
    // Skips blanks: space, tab, newline, vertical tab, form feed, carriage return.
    void skip_spaces();
    // Consumes `word` if the text continues with it.
    bool literal(std::string_view word);
    // Consumes the longest run of characters satisfying `is_part` (possibly empty).
    template <typename Predicate>
    std::string_view run(Predicate is_part) {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && is_part(text_[pos_])) ++pos_;
        return text_.substr(start, pos_ - start);
    }
    // Consumes a decimal number written as `syntax` allows and returns its text, or nullopt
    // (consuming nothing) when none starts here.
    std::optional<std::string_view> number_text(const NumberSyntax& syntax);

private:
    std::size_t digits_from(std::size_t at) const;

    std::string_view text_;
    std::size_t pos_ = 0;
};

bool is_digit(char c);
bool is_space(char c);

// The value of a decimal number's text (as Scanner::number_text gives it); nullopt when it is
// out of the range of double or not a number at all.
std::optional<double> decimal_value(std::string_view text);
// The value of a run of decimal digits with an optional sign; nullopt when it does not fit.
std::optional<long long> integer_value(std::string_view text);

// `text` for a message: whole if short, else its first characters and its length.
std::string excerpt(std::string_view text, std::size_t max = 40);

}  // namespace mvzsim::models
