#include "scenarios/document_shape.h"

#include <yaml-cpp/eventhandler.h>

#include <sstream>

#include "scenarios/limits.h"

namespace mvzsim::scenarios {
namespace {

std::string thousands(std::size_t n) {
    std::string digits = std::to_string(n);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
    return digits;
}

class ShapeChecker : public YAML::EventHandler {
public:
    void begin() {
        shape_ = {};
        first_ = true;
    }
    const DocumentShape& shape() const { return shape_; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { value(mark, true); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { value(mark, false); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override {
        value(mark, false);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        open(mark, false);
    }
    void OnSequenceEnd() override { open_.pop_back(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        open(mark, true);
    }
    void OnMapEnd() override { open_.pop_back(); }

private:
    struct Collection {
        bool map;
        std::size_t values = 0;  // keys and values of a mapping, entries of a list
    };

    void value(const YAML::Mark& mark, bool null) {
        if (first_) {
            shape_ = {mark, null};
            first_ = false;
        }
        if (++nodes_ > kMaxNodes)
            throw ShapeError{mark, "the text holds more than " + thousands(kMaxNodes) +
                                       " values (the limit of a scenario): a scenario needs a few hundred"};
        if (open_.empty()) return;
        Collection& c = open_.back();
        ++c.values;
        if (c.map && c.values > 2 * kMaxMapEntries)
            throw ShapeError{mark, "a mapping with more than " + thousands(kMaxMapEntries) + " keys (the limit)"};
        if (!c.map && c.values > kMaxListEntries)
            throw ShapeError{mark, "a list with more than " + thousands(kMaxListEntries) + " entries (the limit)"};
    }

    void open(const YAML::Mark& mark, bool map) {
        value(mark, false);
        if (open_.size() >= static_cast<std::size_t>(kMaxDepth))
            throw ShapeError{mark, "mappings and lists nested deeper than " + std::to_string(kMaxDepth) +
                                       " levels (the limit): a scenario needs at most 7"};
        open_.push_back({map});
    }

    DocumentShape shape_;
    bool first_ = true;
    std::size_t nodes_ = 0;
    std::vector<Collection> open_;
};

}  // namespace

std::vector<DocumentShape> document_shapes(const std::string& text) {
    std::istringstream in(text);
    YAML::Parser parser(in);
    ShapeChecker checker;
    std::vector<DocumentShape> documents;
    for (;;) {
        checker.begin();
        if (!parser.HandleNextDocument(checker)) break;
        const DocumentShape& shape = checker.shape();
        if (!documents.empty() && shape.start.pos == documents.back().start.pos)
            throw ShapeError{shape.start, ""};  // no progress: the parser is stuck at a token
        documents.push_back(shape);
        if (documents.size() > 1 && !shape.empty) break;
    }
    return documents;
}

}  // namespace mvzsim::scenarios
