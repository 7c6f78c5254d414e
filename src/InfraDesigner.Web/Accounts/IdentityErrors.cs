using Microsoft.AspNetCore.Identity;

namespace InfraDesigner.Web.Accounts;

/// <summary>Identity's refusals keyed by the field they are about (its codes name it), as a validation problem's errors.</summary>
public static class IdentityErrors
{
    public static Dictionary<string, string[]> ByField(IdentityResult result) =>
        result.Errors.GroupBy(error => FieldOf(error.Code)).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "email"
        : code == "UnknownRole" ? "role"
        : "account";
}
