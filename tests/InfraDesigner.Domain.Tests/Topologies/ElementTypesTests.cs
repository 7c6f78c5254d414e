using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Tests.Topologies;

public sealed class ElementTypesTests
{
    [Fact]
    public void Every_kind_has_exactly_one_record_type_whose_kind_matches()
    {
        ElementTypes.ByKind.Keys.ShouldBe(Enum.GetValues<ElementKind>(), ignoreOrder: true);
        ElementTypes.ByKind.Values.Distinct().Count().ShouldBe(ElementTypes.ByKind.Count);
        foreach (var (kind, type) in ElementTypes.ByKind)
        {
            type.IsSealed.ShouldBeTrue();
            var element = (Element)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
            element.Kind.ShouldBe(kind);
        }
    }

    [Fact]
    public void Every_element_record_deriving_from_element_is_registered()
    {
        var recordTypes = typeof(Element).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(Element)));

        recordTypes.ShouldBe(ElementTypes.ByKind.Values, ignoreOrder: true);
    }

    [Theory]
    [InlineData(ElementKind.PhysicalHost, "physical host")]
    [InlineData(ElementKind.LoadBalancer, "load balancer")]
    [InlineData(ElementKind.Switch, "switch")]
    public void Kinds_have_readable_names(ElementKind kind, string expected)
    {
        kind.DisplayName().ShouldBe(expected);
    }
}
