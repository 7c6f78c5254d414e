using InfraDesigner.Web.Mediation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InfraDesigner.Web.Accounts;

/// <summary>What admins do to accounts, for the API and the Accounts page alike: list them, add one with a role, change a role.</summary>
public sealed class AccountAdministration(UserManager<IdentityUser> users, AccountRegistration registration, CurrentUser user)
{
    public async Task<IReadOnlyList<AccountView>> ListAsync()
    {
        RequireAdmin();
        var views = new List<AccountView>();
        foreach (var account in await users.Users.OrderBy(u => u.Email).ToListAsync())
            views.Add(await ViewAsync(account));
        return views;
    }

    /// <summary>Adds an account; a refusal (a taken email, a weak password, an unknown role) is a <see cref="RequestValidationException"/> by field.</summary>
    public async Task<AccountView> CreateAsync(string? email, string? password, string? role)
    {
        RequireAdmin();
        var errors = Credentials.Missing(email, password);
        if (RoleError(role) is { } wrongRole) errors.Add(wrongRole);
        if (errors.Count > 0) throw new RequestValidationException(errors);
        var created = await registration.CreateAsync(email!.Trim(), password!, role!);
        if (!created.Succeeded) throw Refused(created);
        return await ViewAsync((await users.FindByEmailAsync(email.Trim()))!);
    }

    /// <summary>Gives the account exactly this role; false when there is no such account. The last admin keeps being one.</summary>
    public async Task<AccountView?> ChangeRoleAsync(string id, string? role)
    {
        RequireAdmin();
        if (RoleError(role) is { } wrongRole) throw new RequestValidationException([wrongRole]);
        if (await users.FindByIdAsync(id) is not { } account) return null;
        var had = await users.GetRolesAsync(account);
        if (had.Contains(Roles.Admin) && role != Roles.Admin && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 1)
            throw new RequestValidationException([new FieldError("role", $"{account.Email} is the only admin; make another account admin first.")]);
        var removed = await users.RemoveFromRolesAsync(account, had);
        if (!removed.Succeeded) throw Refused(removed);
        var added = await users.AddToRoleAsync(account, role!);
        if (!added.Succeeded) throw Refused(added);
        // Cookies and bearer tokens carry the old roles until they are renewed; this makes them renew.
        await users.UpdateSecurityStampAsync(account);
        return await ViewAsync(account);
    }

    private void RequireAdmin()
    {
        if (!user.IsAdmin) throw new AccessDeniedException("Only admins manage accounts.");
    }

    private static FieldError? RoleError(string? role) =>
        role is not null && Roles.All.Contains(role) ? null : new FieldError("role", $"'{role}' is not one of {string.Join(", ", Roles.All)}.");

    private static RequestValidationException Refused(IdentityResult result) =>
        new([.. IdentityErrors.ByField(result).SelectMany(field => field.Value.Select(message => new FieldError(field.Key, message)))]);

    private async Task<AccountView> ViewAsync(IdentityUser account) => new(account.Id, account.Email ?? "", [.. await users.GetRolesAsync(account)]);
}
