using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Support;

/// <summary>The measuring scripts' shared steps: import a document, read the server's memory, count frames and gestures.</summary>
public static class Measuring
{
    public sealed record MemoryReport(int OpenCircuits, double ManagedHeapMegabytes, double WorkingSetMegabytes, bool Collected);

    private sealed record Created(Guid Id);

    /// <summary>Imports a topology document through the API; answers its id.</summary>
    public static async Task<Guid> ImportAsync(AppProcess app, string document)
    {
        using var http = app.CreateClient(TimeSpan.FromMinutes(2));
        var response = await http.PostAsync("/api/topologies", new StringContent(document, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    /// <summary>The live managed heap after a full collection and the open circuits (the app's diagnostics endpoint).</summary>
    public static async Task<MemoryReport> MemoryAsync(AppProcess app)
    {
        using var http = app.CreateClient();
        return (await http.GetFromJsonAsync<MemoryReport>("/api/diagnostics/memory?collect=true"))!;
    }

    /// <summary>Waits until the server holds no circuit, connected or kept for a reconnect.</summary>
    public static async Task WaitUntilNoCircuitIsOpenAsync(AppProcess app)
    {
        using var http = app.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await http.GetFromJsonAsync<MemoryReport>("/api/diagnostics/memory"))!.OpenCircuits > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the server still holds a circuit after 30 s");
            await Task.Delay(50);
        }
    }

    /// <summary>Frames the browser painted per second while the action ran (requestAnimationFrame callbacks).</summary>
    public static async Task<double> MeasureFramesAsync(IPage page, Func<Task> action)
    {
        await page.EvaluateAsync("() => { window.__frames = 0; window.__counting = true; const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); }; requestAnimationFrame(tick); }");
        var clock = Stopwatch.StartNew();
        await action();
        var elapsed = clock.Elapsed.TotalSeconds;
        var frames = await page.EvaluateAsync<int>("() => { window.__counting = false; return window.__frames; }");
        return frames / elapsed;
    }

    /// <summary>Waits until the browser has painted twice more: what the last render changed is on screen.</summary>
    public static Task PaintedAsync(IPage page) =>
        page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))");

    /// <summary>Presses at (x, y), moves 60 steps of (dx, dy) a display frame apart, and releases.</summary>
    public static async Task DragAsync(IPage page, float x, float y, float dx, float dy)
    {
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        for (var step = 1; step <= 60; step++)
        {
            await page.Mouse.MoveAsync(x + step * dx, y + step * dy);
            await Task.Delay(16);
        }
        await page.Mouse.UpAsync();
    }

    /// <summary>Pans by dragging the canvas from near its bottom right corner, where the fitted drawing leaves it empty.</summary>
    public static async Task PanAsync(IPage page, LocatorBoundingBoxResult canvas) =>
        await DragAsync(page, canvas.X + canvas.Width - 60, canvas.Y + canvas.Height - 120, -5, -2);

    /// <summary>Fifteen wheel steps in, fifteen out, over the canvas's centre.</summary>
    public static async Task WheelZoomAsync(IPage page, LocatorBoundingBoxResult canvas)
    {
        await page.Mouse.MoveAsync(canvas.X + canvas.Width / 2, canvas.Y + canvas.Height / 2);
        for (var step = 0; step < 30; step++)
        {
            await page.Mouse.WheelAsync(0, step < 15 ? -60 : 60);
            await Task.Delay(33);
        }
    }

    /// <summary>The nearest-rank percentile (0.95 for p95) of the values.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
    }

    /// <summary>The resident memory of the app's process, found by the address it listens on.</summary>
    public static double ServerMemoryMegabytes(AppProcess app)
    {
        var marker = $"--urls\0{app.BaseUrl}";
        foreach (var folder in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(marker, StringComparison.Ordinal)) continue;
                var line = File.ReadLines(Path.Combine(folder, "status")).First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }
        return double.NaN;
    }
}
