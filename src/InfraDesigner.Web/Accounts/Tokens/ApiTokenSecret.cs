using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace InfraDesigner.Web.Accounts.Tokens;

/// <summary>An API token's secret: "idt_" and 256 random bits, so it is recognisable in a leak scan and stored only as its hash.</summary>
public static class ApiTokenSecret
{
    public const string Marker = "idt_";

    /// <summary>How much of a token the list shows to tell tokens apart (the marker and 6 characters).</summary>
    public const int PrefixLength = 10;

    public static string New() => Marker + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool IsOne(string? token) => token is not null && token.StartsWith(Marker, StringComparison.Ordinal);
}
