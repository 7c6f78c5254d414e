using InfraDesigner.Diagrams.Geometry;
using InfraDesigner.Diagrams.Routing.PathGenerators;

namespace InfraDesigner.Diagrams.Tests.Routing.PathGenerators;

public class PathGeneratorTests
{
    private static readonly Point[] Z = [new(0, 0), new(100, 0), new(100, 50), new(200, 50)];

    [Fact]
    public void The_straight_generator_draws_a_line_through_every_point() =>
        new StraightPathGenerator().Generate(Z).D.ShouldBe("M 0 0 L 100 0 L 100 50 L 200 50");

    [Fact]
    public void The_rounded_generator_rounds_each_bend_with_a_curve()
    {
        var path = new RoundedOrthogonalPathGenerator(radius: 8).Generate(Z);

        path.D.ShouldBe("M 0 0 L 92 0 Q 100 0 100 8 L 100 42 Q 100 50 108 50 L 200 50");
    }

    [Fact]
    public void A_bend_is_never_rounded_past_half_of_a_short_segment()
    {
        var path = new RoundedOrthogonalPathGenerator(radius: 20).Generate([new(0, 0), new(100, 0), new(100, 10), new(200, 10)]);

        path.D.ShouldBe("M 0 0 L 95 0 Q 100 0 100 5 L 100 5 Q 100 10 105 10 L 200 10");
    }

    [Fact]
    public void Numbers_are_written_the_same_in_every_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            new StraightPathGenerator().Generate([new(0.5, 1.25), new(2, 3)]).D.ShouldBe("M 0.5 1.25 L 2 3");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_label_sits_halfway_along_the_path() =>
        new StraightPathGenerator().Generate(Z).LabelPosition.ShouldBe(new Point(100, 25));

    [Fact]
    public void On_an_orthogonal_path_the_label_sits_on_the_middle_of_the_longest_horizontal_segment() =>
        new RoundedOrthogonalPathGenerator().Generate([new(0, 0), new(40, 0), new(40, 300), new(240, 300), new(240, 320)]).LabelPosition.ShouldBe(new Point(140, 300));

    [Fact]
    public void On_an_orthogonal_path_without_horizontal_segments_the_label_sits_on_the_longest_segment() =>
        new RoundedOrthogonalPathGenerator().Generate([new(0, 0), new(0, 100)]).LabelPosition.ShouldBe(new Point(0, 50));
}
