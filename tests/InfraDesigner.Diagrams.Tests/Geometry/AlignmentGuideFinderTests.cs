using InfraDesigner.Diagrams.Geometry;

namespace InfraDesigner.Diagrams.Tests.Geometry;

public class AlignmentGuideFinderTests
{
    private readonly AlignmentGuideFinder _finder = new(6);

    [Fact]
    public void A_left_edge_within_the_threshold_snaps_to_the_other_left_edge_and_shows_a_vertical_guide()
    {
        var other = new Rect(100, 0, 80, 40);
        var result = _finder.Align(new Rect(0, 200, 60, 40), 97, 0, [other]);

        result.Dx.ShouldBe(100);
        result.Dy.ShouldBe(0);
        var guide = result.Guides.ShouldHaveSingleItem();
        guide.Orientation.ShouldBe(GuideOrientation.Vertical);
        guide.Value.ShouldBe(100);
        guide.From.ShouldBe(0);
        guide.To.ShouldBe(240);
    }

    [Fact]
    public void Centres_line_up_horizontally()
    {
        var other = new Rect(300, 100, 100, 100);
        var result = _finder.Align(new Rect(0, 0, 50, 20), 0, 144, [other]);

        result.Dy.ShouldBe(140);
        result.Guides.ShouldContain(g => g.Orientation == GuideOrientation.Horizontal && g.Value == 150);
    }

    [Fact]
    public void Nothing_within_the_threshold_leaves_the_offset_and_shows_no_guide()
    {
        var result = _finder.Align(new Rect(0, 0, 50, 20), 31, 57, [new Rect(200, 200, 10, 10)]);

        result.ShouldBe(new AlignmentResult(31, 57, []), new AlignmentResultComparer());
    }

    [Fact]
    public void The_nearest_of_several_candidate_lines_wins()
    {
        var result = _finder.Align(new Rect(0, 0, 40, 40), 100, 0, [new Rect(104, 300, 10, 10), new Rect(101, 500, 10, 10)]);

        result.Dx.ShouldBe(101);
    }

    private sealed class AlignmentResultComparer : IEqualityComparer<AlignmentResult>
    {
        public bool Equals(AlignmentResult? x, AlignmentResult? y) =>
            x!.Dx == y!.Dx && x.Dy == y.Dy && x.Guides.SequenceEqual(y.Guides);

        public int GetHashCode(AlignmentResult obj) => 0;
    }
}
