using System.Security.Claims;
using InfraDesigner.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace InfraDesigner.Web.Features.Classrooms;

/// <summary>
/// Makes an account for a trainee who joins without one (no email, no password: the sign-in cookie is the key),
/// in the trainee role, and signs the browser in with it. Needs the request (a static page's form post).
/// </summary>
public sealed class GuestAccounts(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, CurrentUser current)
{
    /// <summary>Guests' made-up addresses end so: nobody can mail them, and nothing else uses the domain.</summary>
    private const string GuestDomain = "@trainee.invalid";

    /// <summary>Whether the signed-in account is a guest trainee's, which only this browser's cookie can sign in to again.</summary>
    public static bool IsGuest(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Email)?.EndsWith(GuestDomain, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The new account's id; <paramref name="displayName"/> is what the top bar and the change log call it.</summary>
    public async Task<string> CreateAndSignInAsync(string displayName)
    {
        var id = Guid.NewGuid().ToString("N");
        var user = new IdentityUser { UserName = $"trainee-{id[..12]}", Email = id + GuestDomain };
        Require(await users.CreateAsync(user));
        Require(await users.AddToRoleAsync(user, Roles.Trainee));
        Require(await users.AddClaimAsync(user, new Claim(DisplayName.ClaimType, displayName)));
        await signIn.SignInAsync(user, isPersistent: true);
        current.Principal = await signIn.CreateUserPrincipalAsync(user);
        return user.Id;
    }

    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException("Could not make the trainee's account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
