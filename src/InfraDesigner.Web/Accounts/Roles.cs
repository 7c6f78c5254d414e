namespace InfraDesigner.Web.Accounts;

/// <summary>The roles an account can have. Admins see and change everything; the others see what they own or were given.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Trainer = "trainer";
    public const string Trainee = "trainee";
    public const string Member = "member";

    public static readonly IReadOnlyList<string> All = [Admin, Trainer, Trainee, Member];
}
