namespace InfraDesigner.Data.Entities;

/// <summary>
/// An API token an account made for a program. Only the SHA-256 of its secret is stored: the token is 256 random
/// bits, so a fast hash is enough (no password stretching needed) and a stolen database gives no usable token.
/// </summary>
public sealed class ApiTokenRecord
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>What the account calls it ("nightly firewall check").</summary>
    public required string Name { get; set; }

    /// <summary>Hex SHA-256 of the whole token.</summary>
    public required string Hash { get; set; }

    /// <summary>The token's first characters, shown in the list so the account can tell its tokens apart.</summary>
    public required string Prefix { get; set; }

    public bool ReadOnly { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
