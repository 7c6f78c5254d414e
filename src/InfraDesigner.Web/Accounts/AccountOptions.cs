namespace InfraDesigner.Web.Accounts;

/// <summary>Configuration section "Accounts".</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Whether anyone may create an account (as a member). Off by default: the first account, an admin, adds the others.</summary>
    public bool OpenSignUp { get; set; }

    /// <summary>An admin account to create at start-up when the database has no account yet (for unattended installs); both or neither.</summary>
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>Sign-in attempts one client address may make per minute, on the sign-in page and the API together.</summary>
    public int SignInPermitLimit { get; set; } = 10;
}
