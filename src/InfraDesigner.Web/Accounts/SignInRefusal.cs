using Microsoft.AspNetCore.Identity;

namespace InfraDesigner.Web.Accounts;

/// <summary>Why a sign-in failed, in words for the person signing in; never says which of email and password was wrong.</summary>
public static class SignInRefusal
{
    public static string Describe(SignInResult result) => result switch
    {
        { IsLockedOut: true } => "Too many wrong passwords: this account is locked for 5 minutes.",
        { IsNotAllowed: true } => "This account may not sign in.",
        _ => "The email or password is wrong.",
    };
}
