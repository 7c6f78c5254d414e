using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Tests.Network;

public sealed class PortRangeTests
{
    [Theory]
    [InlineData("443", 443, 443)]
    [InlineData("8000-8080", 8000, 8080)]
    [InlineData("9000-8000", 9000, 8000)]
    public void Ports_and_ranges_parse_as_written(string text, int from, int to)
    {
        PortRange.TryParse(text, out var range).ShouldBeTrue();
        range.ShouldBe(new PortRange(from, to));
        range.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https")]
    [InlineData("80-")]
    [InlineData("-80")]
    [InlineData("+80")]
    public void Text_that_is_not_a_port_does_not_parse(string text)
    {
        PortRange.TryParse(text, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData(1, 65535, true)]
    [InlineData(0, 10, false)]
    [InlineData(10, 65536, false)]
    [InlineData(90, 80, false)]
    public void A_range_is_valid_inside_1_to_65535_and_in_order(int from, int to, bool valid)
    {
        new PortRange(from, to).IsValid.ShouldBe(valid);
    }

    [Fact]
    public void A_range_contains_its_ends()
    {
        var range = new PortRange(8000, 8080);

        range.Contains(8000).ShouldBeTrue();
        range.Contains(8080).ShouldBeTrue();
        range.Contains(8081).ShouldBeFalse();
    }
}
