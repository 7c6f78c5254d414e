using System.Security.Claims;
using InfraDesigner.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace InfraDesigner.Web.Tests.Support;

/// <summary>The accounts the tests act as, without signing in: services built without the HTTP host act for an admin.</summary>
public static class TestUsers
{
    public static ClaimsPrincipal Principal(string id, params string[] roles) => new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, id), .. roles.Select(role => new Claim(ClaimTypes.Role, role))],
        authenticationType: "test"));

    /// <summary>An admin with no stored account: what it creates has no owner, which only admins see.</summary>
    public static IServiceCollection ActAsAdmin(this IServiceCollection services) =>
        services.AddScoped(_ => new CurrentUser { Principal = Admin() });

    public static ClaimsPrincipal Admin() => new(new ClaimsIdentity([new(ClaimTypes.Role, Roles.Admin)], authenticationType: "test"));
}
