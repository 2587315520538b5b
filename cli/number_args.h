#pragma once
// Numeric command-line options read by hand (models/text/scanner.h) instead of by Boost's
// lexical_cast: decimal only (no inf, nan or hex), within the range of the type, and a bad value is
// a usage error that names the option and shows the start of the value, however long it is.
#include <boost/any.hpp>
#include <boost/program_options/value_semantic.hpp>
#include <string>
#include <vector>

namespace mvzsim::cli {

template <typename T>
struct Number {
    T value{};
};
using Integer = Number<long long>;  // an integer option: optional sign and digits
using Real = Number<double>;        // a real option: e.g. 0.8, .5, 1e3

// Boost.Program_options finds these by argument-dependent lookup when it parses an option's value.
void validate(boost::any& out, const std::vector<std::string>& tokens, Integer*, int);
void validate(boost::any& out, const std::vector<std::string>& tokens, Real*, int);

// An option's value read as an Integer (Real) and stored in *target when the options are notified.
inline boost::program_options::typed_value<Integer>* integer_into(long long* target) {
    return boost::program_options::value<Integer>()->notifier([target](const Integer& n) { *target = n.value; });
}
inline boost::program_options::typed_value<Real>* real_into(double* target) {
    return boost::program_options::value<Real>()->notifier([target](const Real& x) { *target = x.value; });
}

}  // namespace mvzsim::cli
