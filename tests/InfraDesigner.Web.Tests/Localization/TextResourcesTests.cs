using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using InfraDesigner.Testing;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace InfraDesigner.Web.Tests.Localization;

/// <summary>The UI's texts in English and Korean: the same keys in both, and every key the components ask for there.</summary>
public sealed partial class TextResourcesTests
{
    private static readonly ResourceManager Resources = new(typeof(Text));

    private static Dictionary<string, string> TextsOf(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static readonly Dictionary<string, string> English = TextsOf(CultureInfo.InvariantCulture);
    private static readonly Dictionary<string, string> Korean = TextsOf(CultureInfo.GetCultureInfo("ko"));

    [Fact]
    public void English_and_Korean_have_the_same_keys_and_no_empty_text()
    {
        English.Keys.Except(Korean.Keys).ShouldBeEmpty("keys missing in Text.ko.resx");
        Korean.Keys.Except(English.Keys).ShouldBeEmpty("keys missing in Text.resx");
        English.Concat(Korean).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ShouldBeEmpty();
    }

    [Fact]
    public void A_text_with_placeholders_has_the_same_ones_in_both_languages()
    {
        English.Where(t => Placeholders(t.Value) != Placeholders(Korean[t.Key])).Select(t => t.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Every_key_the_components_ask_for_is_in_the_resources()
    {
        var components = Path.Combine(RepositoryFolder.Root, "src", "InfraDesigner.Web", "Components");
        var asked = Directory.EnumerateFiles(components, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => AskedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        asked.ShouldNotBeEmpty();
        asked.Where(key => !English.ContainsKey(key)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_name_a_key_is_built_from_has_its_text_palette_items_groups_separations_rule_actions_dispositions_and_device_kinds()
    {
        Palette.Items.Select(i => $"PaletteItem.{i.Id}").Concat(Palette.Groups.Select(g => $"PaletteGroup.{g}"))
            .Concat(Enum.GetNames<InfraDesigner.Domain.Network.Separation>().Select(s => $"Props.Separation.{s}"))
            .Concat(Enum.GetNames<InfraDesigner.Domain.Network.RuleAction>().Select(a => $"Verdict.Action.{a.ToLowerInvariant()}"))
            .Concat(Enum.GetNames<InfraDesigner.Simulation.Reachability.Tracing.Disposition>().Select(d => $"Disposition.{d}"))
            .Concat(Enum.GetNames<InfraDesigner.Simulation.Reachability.Model.DeviceKind>().Select(k => $"DeviceKind.{k}"))
            .Where(key => !English.ContainsKey(key)).ShouldBeEmpty();
    }

    [Fact]
    public void MudBlazors_own_texts_come_from_ours_in_korean_and_the_rest_is_left_to_MudBlazors_english()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko");
            using var provider = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
            var mud = new MudTexts(provider.GetRequiredService<IStringLocalizer<Text>>());

            mud["MudDialog_Close"].Value.ShouldBe("대화 상자 닫기");
            // Not found: MudBlazor then uses its own English text.
            mud["MudStepper_Next"].ResourceNotFound.ShouldBeTrue();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Placeholders(string text) => string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Value).Order());

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>A key asked as a literal: L["Nav.Topologies"] or L["Home.Export", name].</summary>
    [GeneratedRegex("""\bL\["([A-Za-z]+\.[A-Za-z0-9_.\-]+)"[\],]""")]
    private static partial Regex AskedKey();
}
