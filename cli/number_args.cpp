#include "cli/number_args.h"

#include <boost/program_options/errors.hpp>
#include <boost/program_options/value_semantic.hpp>

#include "models/text/scanner.h"

namespace mvzsim::cli {
namespace {

namespace po = boost::program_options;

// The one token of an option's value; Boost names the option in the message ("%canonical_option%").
const std::string& single_token(const boost::any& out, const std::vector<std::string>& tokens) {
    po::validators::check_first_occurrence(out);
    return po::validators::get_single_string(tokens);
}

[[noreturn]] void bad(const std::string& kind, const std::string& token) {
    throw po::error_with_option_name("%canonical_option% must be " + kind + " (got '" + models::excerpt(token) + "')");
}

}  // namespace

void validate(boost::any& out, const std::vector<std::string>& tokens, Integer*, int) {
    const std::string& token = single_token(out, tokens);
    models::Scanner s(token);
    const auto text = s.number_text({.sign = true, .leading_dot = false, .trailing_dot = false, .exponent = false});
    if (!text || !s.at_end()) bad("an integer", token);
    const auto value = models::integer_value(*text);
    if (!value) bad("an integer from -9223372036854775808 to 9223372036854775807", token);
    out = Integer{*value};
}

void validate(boost::any& out, const std::vector<std::string>& tokens, Real*, int) {
    const std::string& token = single_token(out, tokens);
    models::Scanner s(token);
    const auto text = s.number_text({.sign = true, .leading_dot = true, .trailing_dot = true, .exponent = true});
    if (!text || !s.at_end()) bad("a number such as 0.5 or 1e3", token);
    const auto value = models::decimal_value(*text);
    if (!value) bad("a finite number within the range of double", token);
    out = Real{*value};
}

}  // namespace mvzsim::cli
