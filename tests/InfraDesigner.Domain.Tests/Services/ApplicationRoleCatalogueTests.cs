using InfraDesigner.Domain.Services;

namespace InfraDesigner.Domain.Tests.Services;

public sealed class ApplicationRoleCatalogueTests
{
    [Theory]
    [InlineData(DatabaseProduct.Oracle, 1521)]
    [InlineData(DatabaseProduct.PostgreSql, 5432)]
    [InlineData(DatabaseProduct.SqlServer, 1433)]
    [InlineData(DatabaseProduct.MariaDb, 3306)]
    public void A_database_listens_on_its_products_port(DatabaseProduct product, int port)
    {
        ApplicationRoleCatalogue.DefaultServices(ApplicationRole.Db, product).ShouldHaveSingleItem().Port.ShouldBe(port);
    }

    [Fact]
    public void Sap_instance_00_has_dispatcher_3200_and_gateway_3300()
    {
        ApplicationRoleCatalogue.DefaultServices(ApplicationRole.Sap).Select(service => (service.Name, service.Port))
            .ShouldBe([("sap-dispatcher", 3200), ("sap-gateway", 3300)]);
        ApplicationRoleCatalogue.SapServices(12).Select(service => service.Port).ShouldBe([3212, 3312]);
    }

    [Fact]
    public void Web_listens_on_80_and_443_and_the_eai_hub_on_443()
    {
        ApplicationRoleCatalogue.DefaultServices(ApplicationRole.Web).Select(service => service.Port).ShouldBe([80, 443]);
        ApplicationRoleCatalogue.DefaultServices(ApplicationRole.EaiHub).Select(service => service.Port).ShouldBe([443]);
    }

    [Fact]
    public void Every_role_has_a_catalogue_entry()
    {
        foreach (var role in Enum.GetValues<ApplicationRole>())
        {
            Should.NotThrow(() => ApplicationRoleCatalogue.DefaultServices(role));
        }
    }
}
