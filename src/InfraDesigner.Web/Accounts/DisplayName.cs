using System.Security.Claims;

namespace InfraDesigner.Web.Accounts;

/// <summary>
/// The name an account is shown by: the name a trainee joined a classroom with (a claim on their guest account),
/// else the account's user name (its email).
/// </summary>
public static class DisplayName
{
    public const string ClaimType = "display_name";

    public static string? Of(ClaimsPrincipal principal) => principal.FindFirstValue(ClaimType) ?? principal.Identity?.Name;
}
