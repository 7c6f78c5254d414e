using InfraDesigner.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InfraDesigner.Web.Accounts;

/// <summary>
/// Creates accounts. The first one on a database is an admin and takes over the topologies stored before accounts
/// existed; after it, people sign themselves up only where Accounts:OpenSignUp allows it (as members), and admins add the others.
/// </summary>
public sealed class AccountRegistration(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles,
    IDbContextFactory<AppDbContext> dbFactory, IOptions<AccountOptions> options)
{
    public async Task<bool> IsFirstAsync() => !await users.Users.AnyAsync();

    /// <summary>Whether a visitor may create an account for themselves, given whether it would be the first.</summary>
    public bool SignUpOpen(bool first) => options.Value.OpenSignUp || first;

    /// <summary>A visitor's own account: the first is an admin, later ones members (when sign-up is open).</summary>
    public async Task<IdentityResult> SignUpAsync(string email, string password)
    {
        var first = await IsFirstAsync();
        if (!SignUpOpen(first))
            return IdentityResult.Failed(new IdentityError { Code = "SignUpClosed", Description = "Sign-up is closed here: ask an admin for an account." });
        return await CreateAsync(email, password, first ? Roles.Admin : Roles.Member);
    }

    /// <summary>An account with the given role (an admin adding someone, or the configured first admin).</summary>
    public async Task<IdentityResult> CreateAsync(string email, string password, string role)
    {
        if (!Roles.All.Contains(role))
            return IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"'{role}' is not one of {string.Join(", ", Roles.All)}." });
        await EnsureRolesAsync();
        var first = await IsFirstAsync();
        var user = new IdentityUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return created;
        var added = await users.AddToRoleAsync(user, role);
        if (added.Succeeded && first && role == Roles.Admin) await ClaimUnownedTopologiesAsync(user.Id);
        return added;
    }

    /// <summary>Creates Accounts:AdminEmail at start-up when the database has no account yet.</summary>
    public async Task CreateConfiguredAdminAsync()
    {
        if (options.Value is not { AdminEmail: { Length: > 0 } email, AdminPassword: { Length: > 0 } password } || !await IsFirstAsync()) return;
        var created = await CreateAsync(email, password, Roles.Admin);
        if (!created.Succeeded)
            throw new InvalidOperationException($"{AccountOptions.Section}:AdminEmail could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    private async Task ClaimUnownedTopologiesAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Topologies.Where(t => t.OwnerId == null).ExecuteUpdateAsync(set => set.SetProperty(t => t.OwnerId, userId));
    }
}
