namespace Clawdemy.Notebooks;

/// <summary>
/// What a heatmap of square pictures holds, such as 28×28 digits: the side of one picture, the gap between tiles and
/// how many pictures there are, tiled row by row. It is written as the trace's plotly.js <c>meta</c>; the page that draws
/// the chart reads it to keep every picture at least 4 px a pixel, tiling again in fewer columns or stacking pictures
/// that would be drawn smaller.
/// </summary>
/// <param name="Side">The side of one picture, in cells (28 for MNIST).</param>
/// <param name="Gap">The blank cells after each picture, across and down (0 for one picture).</param>
/// <param name="Count">How many pictures the heatmap holds.</param>
internal sealed record PictureTiling(int Side, int Gap, int Count);
