using InfraDesigner.Web.Components.Segmentation;

namespace InfraDesigner.Web.Tests.Components.Segmentation;

public sealed class MatrixPortsTests
{
    [Theory]
    [InlineData("", new int[0])]
    [InlineData("443", new[] { 443 })]
    [InlineData("443, 3300", new[] { 443, 3300 })]
    [InlineData("443 3300;443", new[] { 443, 3300 })]
    public void Ports_are_read_separated_by_commas_spaces_or_semicolons_once_each(string text, int[] expected)
    {
        MatrixPorts.TryParse(text, out var ports, out var refused).ShouldBeTrue();
        ports.ShouldBe(expected);
        refused.ShouldBeNull();
    }

    [Theory]
    [InlineData("sap", "'sap' is not a port number (1 to 65535).")]
    [InlineData("443, 70000", "'70000' is not a port number (1 to 65535).")]
    [InlineData("0", "'0' is not a port number (1 to 65535).")]
    [InlineData("-5", "'-5' is not a port number (1 to 65535).")]
    public void A_part_that_is_no_port_is_refused_by_name(string text, string message)
    {
        MatrixPorts.TryParse(text, out var ports, out var refused).ShouldBeFalse();
        ports.ShouldBeEmpty();
        refused.ShouldBe(message);
    }
}
