#include "core/json_writer.h"

#include <gtest/gtest.h>

TEST(JsonWriter, WritesNestedContainersWithCommas) {
    ga::JsonWriter j;
    j.beginObject().field("a", 1).key("b").beginArray().value("x").value(true).null().endArray().endObject();
    EXPECT_EQ(j.str(), R"({"a":1,"b":["x",true,null]})");
}

TEST(JsonWriter, EscapesQuotesControlCharactersAndKeepsUtf8) {
    EXPECT_EQ(ga::jsonQuote("网格\"1\"\n\x01"), "\"网格\\\"1\\\"\\n\\u0001\"");
}
