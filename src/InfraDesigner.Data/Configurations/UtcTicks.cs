using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InfraDesigner.Data.Configurations;

/// <summary>
/// Stores instants as UTC ticks: SQLite has no date type, and integers sort and compare
/// correctly where ISO strings with offsets would not.
/// </summary>
internal static class UtcTicks
{
    public static readonly ValueConverter<DateTimeOffset, long> Converter = new(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
