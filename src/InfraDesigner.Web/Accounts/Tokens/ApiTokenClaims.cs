using System.Security.Claims;

namespace InfraDesigner.Web.Accounts.Tokens;

/// <summary>What a principal signed in with an API token carries besides the account's own claims.</summary>
public static class ApiTokenClaims
{
    public const string TokenId = "infradesigner:api-token";
    public const string ReadOnly = "infradesigner:read-only";

    public static bool IsApiToken(this ClaimsPrincipal principal) => principal.HasClaim(c => c.Type == TokenId);

    public static bool IsReadOnlyToken(this ClaimsPrincipal principal) => principal.HasClaim(ReadOnly, "true");
}
