using System.ComponentModel.DataAnnotations;

namespace InfraDesigner.Web.Components.Account;

/// <summary>What the sign-in and sign-up forms post.</summary>
public sealed class CredentialsForm
{
    [Required(ErrorMessage = "An email is required.")]
    [EmailAddress(ErrorMessage = "This is not an email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "A password is required.")]
    public string Password { get; set; } = "";

    public bool Remember { get; set; }
}
