#include "geo/affine_fit.h"

#include <gtest/gtest.h>

using namespace ga::geo;

TEST(AffineFit, RecoversAKnownTransformExactly) {
    const Affine truth{0.9998, -0.0175, 500123.4, 0.0175, 0.9998, 3541987.6};  // ~1° rotation + shift
    std::vector<Point> src{{0, 0}, {1000, 0}, {0, 1000}, {1000, 1000}, {400, 700}};
    std::vector<Point> dst;
    for (const Point& p : src) dst.push_back(truth.apply(p));
    auto fit = fitAffine(src, dst);
    ASSERT_TRUE(fit) << fit.error().message;
    EXPECT_LT(fit->maxResidual, 1e-6);
    const Point q = fit->transform.apply({250, 250});
    const Point t = truth.apply({250, 250});
    EXPECT_NEAR(q.x, t.x, 1e-6);
    EXPECT_NEAR(q.y, t.y, 1e-6);
}

TEST(AffineFit, ReportsResidualsOfInconsistentPoints) {
    std::vector<Point> src{{0, 0}, {100, 0}, {0, 100}, {100, 100}};
    std::vector<Point> dst{{10, 10}, {110, 10}, {10, 110}, {112, 110}};  // one point 2 m off
    auto fit = fitAffine(src, dst);
    ASSERT_TRUE(fit);
    EXPECT_GT(fit->maxResidual, 0.4);
    EXPECT_LT(fit->maxResidual, 2.0);
    EXPECT_EQ(fit->residuals.size(), 4u);
}

TEST(AffineFit, RefusesTooFewOrCollinearPoints) {
    std::vector<Point> two{{0, 0}, {1, 1}};
    EXPECT_FALSE(fitAffine(two, two));
    std::vector<Point> line{{0, 0}, {1, 1}, {2, 2}, {3, 3}};
    auto fit = fitAffine(line, line);
    ASSERT_FALSE(fit);
    EXPECT_NE(fit.error().message.find("one line"), std::string::npos);
}
