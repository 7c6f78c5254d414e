using InfraDesigner.Web.Mediation;

namespace InfraDesigner.Web.Accounts;

internal static class Credentials
{
    /// <summary>What is missing of an email and password, by field (signing in, adding an account).</summary>
    public static List<FieldError> Missing(string? email, string? password)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(email)) errors.Add(new("email", "An email is required."));
        if (string.IsNullOrEmpty(password)) errors.Add(new("password", "A password is required."));
        return errors;
    }
}
