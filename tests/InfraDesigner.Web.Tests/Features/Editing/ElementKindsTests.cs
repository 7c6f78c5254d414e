using InfraDesigner.Testing;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Tests.Features.Editing;

public sealed class ElementKindsTests
{
    [Fact]
    public void Every_element_kind_has_exactly_one_row_of_facts()
    {
        ElementKinds.All.Select(info => info.Kind).Order().ShouldBe(Enum.GetValues<ElementKind>().Order());
    }

    [Fact]
    public void Every_element_kind_is_in_the_palette_once_without_a_role()
    {
        Palette.Items.Where(item => item is { Kind: not null, Role: null }).Select(item => item.Kind!.Value).Order()
            .ShouldBe(Enum.GetValues<ElementKind>().Order());
    }

    [Fact]
    public void A_kind_without_a_row_is_an_error_not_a_host()
    {
        var unknown = (ElementKind)999;

        Should.Throw<ArgumentOutOfRangeException>(() => ElementKinds.Of(unknown)).Message.ShouldContain("No row in ElementKinds");
    }

    [Fact]
    public void Only_hosts_and_clusters_are_drawn_as_frames_and_clusters_are_placed_first()
    {
        ElementKinds.All.Where(info => info.IsFrame).Select(info => info.Kind).ShouldBe([ElementKind.PhysicalHost, ElementKind.Cluster], ignoreOrder: true);
        ElementKinds.Of(ElementKind.Cluster).Nesting.ShouldBeLessThan(ElementKinds.Of(ElementKind.PhysicalHost).Nesting);
    }

    [Fact]
    public void Every_row_names_an_icon_that_is_drawn()
    {
        var icons = Path.Combine(RepositoryRoot(), "wwwroot-assets", "icons");

        ElementKinds.All.Where(info => !File.Exists(Path.Combine(icons, info.Icon + ".svg"))).Select(info => info.Icon).ShouldBeEmpty();
    }

    private static string RepositoryRoot() => RepositoryFolder.Root;
}
