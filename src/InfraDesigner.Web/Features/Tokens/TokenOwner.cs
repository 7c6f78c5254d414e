using InfraDesigner.Web.Accounts;
using InfraDesigner.Web.Accounts.Tokens;

namespace InfraDesigner.Web.Features.Tokens;

internal static class TokenOwner
{
    /// <summary>
    /// The account managing its tokens: signed in with its password (the page's cookie or the login's bearer token),
    /// never with an API token, so a leaked token cannot make more of itself or outlive its revocation.
    /// </summary>
    public static string ManagingAccount(this CurrentUser user)
    {
        if (user.Principal.IsApiToken()) throw new AccessDeniedException("API tokens are managed by a signed-in account, not with an API token.");
        return user.Id ?? throw new AccessDeniedException("Only an account's own sign-in manages its API tokens.");
    }
}
