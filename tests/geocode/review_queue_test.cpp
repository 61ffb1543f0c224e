#include "store/review_queue.h"

#include <gtest/gtest.h>

#include "geocode/geocoder.h"
#include "store/address_aliases.h"
#include "store/personal_data.h"
#include "test_project.h"

using namespace ga;

namespace {

class ReviewQueue : public geocode::test::ProjectTest {
protected:
    void geocode() {
        auto r = geocode::geocodeProject(*project, {});
        ASSERT_TRUE(r) << r.error().message;
    }
};

TEST_F(ReviewQueue, ResolvingLinksByHandSavesTheAliasAndIsLogged) {
    household("H1", "老上海城1号楼101室");  // an old name the index does not know yet
    household("H2", "老上海城2号楼101室");
    geocode();
    ASSERT_EQ(count("SELECT count(*) FROM review_queue"), 2);
    store::Resolution res{householdRow("H1"), buildingId("华荣上海城", "1"),
                          store::AddressAlias{"老上海城", "华荣上海城", "compound"}};
    auto record = store::resolveReview(*project, res, "operator-a");
    ASSERT_TRUE(record) << record.error().message;
    EXPECT_EQ(linkOf("H1"), buildingId("华荣上海城", "1"));
    EXPECT_EQ(column("H1", "method"), "manual");
    EXPECT_EQ(count("SELECT count(*) FROM review_queue"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM edit_log WHERE action = 'resolve_review' AND operator = 'operator-a'"), 1);
    // With the alias saved, the same form matches by itself on the next run.
    geocode();
    EXPECT_EQ(linkOf("H2"), buildingId("华荣上海城", "2"));
    EXPECT_EQ(column("H2", "reason"), "compound_alias");
    EXPECT_EQ(count("SELECT count(*) FROM review_queue"), 0);
}

TEST_F(ReviewQueue, UndoPutsLinkQueueEntryAndAliasBack) {
    household("H1", "华荣上海城99号楼");
    geocode();
    auto before = store::readReviewQueue(*project);
    ASSERT_TRUE(before);
    ASSERT_EQ(before->size(), 1u);
    auto record = store::resolveReview(*project,
                                       {householdRow("H1"), buildingId("华荣上海城", "12"),
                                        store::AddressAlias{"九十九号楼", "华荣上海城", "compound"}},
                                       "tester");
    ASSERT_TRUE(record) << record.error().message;
    auto undone = store::undoResolution(*project, *record, "tester");
    ASSERT_TRUE(undone) << undone.error().message;
    EXPECT_FALSE(linkOf("H1"));
    EXPECT_EQ(column("H1", "method"), "");
    auto after = store::readReviewQueue(*project);
    ASSERT_EQ(after->size(), 1u);
    EXPECT_EQ((*after)[0].reason, (*before)[0].reason);
    EXPECT_EQ((*after)[0].candidates.size(), (*before)[0].candidates.size());
    auto alias = store::findAddressAlias(*project, "九十九号楼");
    ASSERT_TRUE(alias);
    EXPECT_FALSE(*alias);
    EXPECT_EQ(count("SELECT count(*) FROM edit_log WHERE action = 'undo_resolve_review'"), 1);
}

TEST_F(ReviewQueue, RefusesABuildingThatDoesNotExist) {
    household("H1", "华荣上海城99号楼");
    geocode();
    EXPECT_FALSE(store::resolveReview(*project, {householdRow("H1"), 9999, {}}, "tester"));
    EXPECT_EQ(count("SELECT count(*) FROM review_queue"), 1);
}

TEST_F(ReviewQueue, RefusesAnAliasOfUnknownKind) {
    household("H1", "华荣上海城99号楼");
    geocode();
    EXPECT_FALSE(store::resolveReview(
        *project, {householdRow("H1"), buildingId("华荣上海城", "1"), store::AddressAlias{"x", "y", "colour"}},
        "tester"));
    EXPECT_FALSE(linkOf("H1"));
}

TEST_F(ReviewQueue, MasksPersonalDataUnlessARevealIsLogged) {
    household("H1", "华荣上海城99号楼");
    auto masked = store::readPersonalData(*project, householdRow("H1"));
    ASSERT_TRUE(masked) << masked.error().message;
    EXPECT_EQ(masked->name, "张**");
    EXPECT_EQ(masked->phone, "138****5678");
    EXPECT_EQ(masked->idNumber, "320***********2235");
    EXPECT_EQ(count("SELECT count(*) FROM edit_log WHERE action = 'show_unmasked'"), 0);
    auto shown = store::revealPersonalData(*project, householdRow("H1"), "operator-b", "核对住址");
    ASSERT_TRUE(shown) << shown.error().message;
    EXPECT_EQ(shown->name, "张三丰");
    EXPECT_EQ(shown->phone, "13812345678");
    EXPECT_EQ(count("SELECT count(*) FROM edit_log WHERE action = 'show_unmasked' AND operator = 'operator-b' "
                    "AND target = 'households:H1'"),
              1);
}

}  // namespace
