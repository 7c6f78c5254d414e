using System.Security.Claims;
using System.Text.Encodings.Web;
using InfraDesigner.Data.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Accounts.Tokens;

/// <summary>
/// Signs a request in with an API token (<c>Authorization: Bearer idt_…</c>, or <c>access_token</c> on a hub's
/// WebSocket) as the account that made it, with the account's roles as they are now; a locked-out account's tokens stop working.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokenStore tokens, UserManager<IdentityUser> users, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>How stale "last used" may get: a busy script does not write on every request.</summary>
    private static readonly TimeSpan UsedGranularity = TimeSpan.FromMinutes(1);

    /// <summary>The API token a request carries, if any.</summary>
    public static string? Of(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && ApiTokenSecret.IsOne(header[7..].Trim())) return header[7..].Trim();
        return request.Path.StartsWithSegments("/hubs") && request.Query["access_token"] is [{ } query] && ApiTokenSecret.IsOne(query) ? query : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Of(Request) is not { } secret) return AuthenticateResult.NoResult();
        var token = await tokens.FindByHashAsync(ApiTokenSecret.Hash(secret), Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("This API token is not known; it may have been revoked.");
        var now = clock.GetUtcNow();
        if (token.ExpiresAt <= now) return AuthenticateResult.Fail($"This API token expired on {token.ExpiresAt:yyyy-MM-dd}.");
        if (await users.FindByIdAsync(token.UserId) is not { } user || await users.IsLockedOutAsync(user))
            return AuthenticateResult.Fail("The account of this API token cannot sign in.");
        if (token.LastUsedAt is not { } used || now - used > UsedGranularity)
            await tokens.MarkUsedAsync(token.Id, now, Context.RequestAborted);

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.Email ?? user.UserName ?? user.Id),
            new(ApiTokenClaims.TokenId, token.Id.ToString()),
            new(ApiTokenClaims.ReadOnly, token.ReadOnly ? "true" : "false"),
            .. (await users.GetRolesAsync(user)).Select(role => new Claim(ClaimTypes.Role, role)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
