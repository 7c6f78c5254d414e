namespace InfraDesigner.Web.Components.Account;

/// <summary>Where to go after signing in: the page asked for, when it is on this site; else home.</summary>
public static class LocalReturnUrl
{
    public static string Of(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
