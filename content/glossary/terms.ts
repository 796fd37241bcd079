/**
 * The glossary: every term the course defines, in the course notation (docs/notation.md on the
 * text branch: iteration index k, n data points, p parameters, bold vectors, residual
 * r = y − ŷ, parameters w / β, loss 𝓛, learning rate η, transpose ᵀ as \\mathsf{T}).
 * `/glossary/` renders it; where chapters use each term is found at build time from the
 * chapters' text by `match` (src/utils/glossary.ts), so the links follow the chapters as they
 * change. `$…$` in a definition is inline TeX; `formula` is display TeX.
 *
 * A chapter links a term's first use as [loss](/glossary/#loss); tests/unit/glossary.test.ts
 * fails when such a link names no term, or when a term is used nowhere and links to nothing.
 */
export interface GlossaryTerm {
  /** The anchor: /glossary/#id. Stable (chapters link to it). */
  readonly id: string;
  readonly term: string;
  /** Other names the term goes by (shown, and searched). */
  readonly aka?: readonly string[];
  /** One paragraph; `$…$` is inline TeX. */
  readonly definition: string;
  readonly formula?: string;
  /** Case-insensitive patterns (regular-expression source) that find the term in a chapter's prose. */
  readonly match: readonly string[];
  /**
   * Opt in to automatic linking: the first match of `match[0]` in each chapter's prose becomes a
   * link to this entry (src/utils/rehype-glossary-links.ts). Left off for words too common to
   * link blindly (parameter, iteration, converge …).
   */
  readonly autoLink?: boolean;
  /** Site pages besides chapters where the term is put to work, e.g. '/playground/'. */
  readonly pages?: ReadonlyArray<{ readonly path: string; readonly label: string }>;
  /** Related terms by id. */
  readonly see?: readonly string[];
}

const playground = { path: '/playground/', label: 'the playground' };

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'parameter',
    term: 'Parameter',
    aka: ['weight'],
    definition:
      'A number inside a model that training is free to change, such as the weight $w$ and intercept $b$ of a line, or the coefficients $\\boldsymbol{\\beta}$ of a linear regression. The data $x$ are fixed; the parameters are what we search over. Collected in a vector $\\mathbf{w}$, they are the coordinates of the loss surface.',
    match: ['\\bparameters?\\b'],
    see: ['loss-function', 'hyperparameter'],
  },
  {
    id: 'hyperparameter',
    autoLink: true,
    term: 'Hyperparameter',
    definition:
      'A setting chosen before training rather than learned from the data: the learning rate $\\eta$, the number of iterations, the momentum coefficient, the number of clusters of k-means.',
    match: ['\\bhyperparameters?\\b'],
    pages: [playground],
    see: ['learning-rate', 'parameter'],
  },
  {
    id: 'loss-function',
    autoLink: true,
    term: 'Loss function',
    aka: ['loss', 'cost', 'objective'],
    definition:
      'One number $\\mathcal{L}(\\mathbf{w})$ that says how badly a model with parameters $\\mathbf{w}$ fits the data; smaller is better. Training means finding parameters with a small loss. Examples in the course: the within-cluster sum of squares of k-means, the sum of squared residuals of least squares, the classification error of a support vector machine.',
    match: ['\\bloss(es)?\\b'],
    see: ['mean-squared-error', 'loss-surface'],
  },
  {
    id: 'residual',
    autoLink: true,
    term: 'Residual',
    definition:
      'What a prediction misses by at one data point: the observed value minus the predicted one, $r_i = y_i - \\hat{y}_i$. For a line, $\\hat{y}_i = b + w x_i$. The residuals of all $n$ points form the vector $\\mathbf{r} = \\mathbf{y} - \\hat{\\mathbf{y}}$.',
    formula: 'r_i = y_i - \\hat{y}_i',
    match: ['\\bresiduals?\\b'],
    see: ['least-squares', 'mean-squared-error'],
  },
  {
    id: 'least-squares',
    autoLink: true,
    term: 'Least squares',
    aka: ['sum of squared residuals'],
    definition:
      'The loss that adds up the squared residuals, $\\|\\mathbf{y} - X\\boldsymbol{\\beta}\\|^2$ for a linear model with design matrix $X$. Squaring makes every miss count as positive and large misses count much more than small ones; the result is a convex bowl in $\\boldsymbol{\\beta}$.',
    formula: '\\mathcal{L}(\\boldsymbol{\\beta}) = \\sum_{i=1}^{n} r_i^2 = \\lVert \\mathbf{y} - X\\boldsymbol{\\beta} \\rVert^2',
    match: ['\\bleast[- ]squares\\b', '\\bsum of (the )?squared residuals\\b'],
    see: ['residual', 'normal-equations'],
  },
  {
    id: 'mean-squared-error',
    autoLink: true,
    term: 'Mean squared error (MSE)',
    aka: ['MSE'],
    definition:
      'The average of the squared residuals over the $n$ data points. It has the same minimiser as least squares (it is that sum divided by $n$) and does not grow with the size of the data set, so losses of data sets of different sizes can be compared.',
    formula: '\\mathrm{MSE} = \\frac{1}{n} \\sum_{i=1}^{n} (y_i - \\hat{y}_i)^2',
    match: ['\\bmean squared error\\b', '\\bMSE\\b'],
    see: ['least-squares'],
  },
  {
    id: 'within-cluster-sum-of-squares',
    autoLink: true,
    term: 'Within-cluster sum of squares (WCSS)',
    aka: ['WCSS', 'inertia'],
    definition:
      'The loss of k-means: for every point, the squared distance to the centre of its cluster, summed over all points. Its parameters are the cluster centres; it has many local minima, which is why k-means is restarted from several starts.',
    match: ['\\bwithin-cluster sum of squares\\b', '\\bWCSS\\b'],
    see: ['local-minimum'],
  },
  {
    id: 'validation-set',
    term: 'Training and validation sets',
    aka: ['training set', 'validation set'],
    definition:
      'The data are split before training: the model is fitted on the training set, and its loss on the held-back validation set estimates how it does on data it has not seen.',
    match: ['\\bvalidation\\b'],
  },
  {
    id: 'loss-surface',
    autoLink: true,
    term: 'Loss surface',
    aka: ['loss landscape'],
    definition:
      'The graph of the loss over the parameters: one height $\\mathcal{L}(\\mathbf{w})$ above every point $\\mathbf{w}$. With two parameters it is a landscape we can draw, as a 3-D surface or as contours; with more it is the same idea in more dimensions.',
    match: ['\\bloss (surface|landscape)s?\\b'],
    pages: [playground],
    see: ['contour', 'gradient'],
  },
  {
    id: 'contour',
    autoLink: true,
    term: 'Contour line',
    aka: ['level set', 'contour plot'],
    definition:
      'A curve joining points of equal loss, $\\mathcal{L}(\\mathbf{w}) = c$, like the height lines of a map. Lines close together mean a steep surface; the gradient is perpendicular to the contour through its point.',
    match: ['\\bcontours?\\b'],
    pages: [playground],
    see: ['loss-surface', 'gradient'],
  },
  {
    id: 'derivative',
    autoLink: true,
    term: 'Derivative',
    aka: ['slope'],
    definition:
      "The slope of a function of one variable at a point: the limit of the difference quotient as the step $h$ shrinks to zero, written $f'(x)$ or $\\frac{df}{dx}$. Its sign says which way is downhill, its size how steep the curve is.",
    formula: "f'(x) = \\lim_{h \\to 0} \\frac{f(x + h) - f(x)}{h}",
    match: ['\\bderivatives?\\b'],
    see: ['difference-quotient', 'tangent-line', 'partial-derivative'],
  },
  {
    id: 'difference-quotient',
    autoLink: true,
    term: 'Difference quotient',
    definition:
      'The slope of the straight line through two points of a curve, $(f(x + h) - f(x))/h$. As $h$ shrinks it approaches the derivative; with a small $h$ it is also how a computer can check a derivative numerically.',
    formula: '\\frac{f(x + h) - f(x)}{h}',
    match: ['\\bdifference quotients?\\b'],
    see: ['derivative'],
  },
  {
    id: 'tangent-line',
    autoLink: true,
    term: 'Tangent line',
    definition:
      "The straight line that touches a curve at a point and has the curve's slope there: $y = f(a) + f'(a)(x - a)$. Close to $a$ it is the best straight-line approximation of the curve.",
    formula: "y = f(a) + f'(a)\\,(x - a)",
    match: ['\\btangents?\\b'],
    see: ['derivative'],
  },
  {
    id: 'partial-derivative',
    autoLink: true,
    term: 'Partial derivative',
    definition:
      'The derivative of a function of several variables along one of them, the others held fixed: $\\partial \\mathcal{L} / \\partial w_1$ is the slope of the cross-section of the surface in the $w_1$ direction.',
    match: ['\\bpartial derivatives?\\b'],
    see: ['gradient', 'derivative'],
  },
  {
    id: 'gradient',
    autoLink: true,
    term: 'Gradient',
    definition:
      'The vector of all partial derivatives, $\\nabla \\mathcal{L}(\\mathbf{w})$. It points in the direction in which the loss rises fastest, and its length is that steepest slope; $-\\nabla \\mathcal{L}$ is the direction of steepest descent. It is zero at a minimum, a maximum or a saddle point.',
    formula: '\\nabla \\mathcal{L}(\\mathbf{w}) = \\Big( \\frac{\\partial \\mathcal{L}}{\\partial w_1}, \\dots, \\frac{\\partial \\mathcal{L}}{\\partial w_p} \\Big)',
    match: ['\\bgradients?\\b'],
    pages: [playground],
    see: ['partial-derivative', 'gradient-descent'],
  },
  {
    id: 'gradient-descent',
    autoLink: true,
    term: 'Gradient descent',
    definition:
      'The algorithm that minimises a loss by repeated small steps against the gradient, starting from a chosen $\\mathbf{w}^{(0)}$, until a stopping rule holds (a small change in the loss, a small gradient, or a maximum number of iterations).',
    formula: '\\mathbf{w}^{(k+1)} = \\mathbf{w}^{(k)} - \\eta\\, \\nabla \\mathcal{L}\\big(\\mathbf{w}^{(k)}\\big)',
    match: ['\\bgradient descent\\b'],
    pages: [playground],
    see: ['learning-rate', 'iteration', 'convergence'],
  },
  {
    id: 'iteration',
    term: 'Iteration',
    aka: ['step'],
    definition:
      'One application of an update rule. The course counts iterations with $k$: $\\mathbf{w}^{(k)}$ is the point after $k$ steps (a superscript in brackets, not a power), and $\\mathbf{w}^{(0)}$ is the start.',
    match: ['\\biterations?\\b'],
    see: ['gradient-descent'],
  },
  {
    id: 'learning-rate',
    autoLink: true,
    term: 'Learning rate',
    aka: ['step size', 'η'],
    definition:
      'The positive number $\\eta$ that scales each gradient-descent step. Too small and thousands of tiny steps are wasted; too large and the steps overshoot the valley, oscillate or diverge. On a quadratic bowl a fixed $\\eta$ converges exactly when $\\eta < 2/\\lambda_{\\max}$.',
    match: ['\\blearning rates?\\b', '\\bstep sizes?\\b'],
    pages: [playground],
    see: ['critical-learning-rate', 'hyperparameter'],
  },
  {
    id: 'convergence',
    term: 'Convergence',
    definition:
      'An iteration converges when its points settle at a limit, here a minimum: the loss stops falling and the gradient shrinks to zero. In practice we stop when a tolerance is met.',
    match: ['\\bconverg(e|es|ed|ing|ence)\\b'],
    see: ['divergence', 'oscillation'],
  },
  {
    id: 'oscillation',
    term: 'Oscillation',
    definition:
      'Steps that overshoot the bottom of a valley and land on the other side, again and again, so the path zig-zags. With a learning rate between $1/\\lambda_{\\max}$ and $2/\\lambda_{\\max}$ on a quadratic bowl the zig-zag still shrinks and the run converges.',
    match: ['\\boscillat(e|es|ed|ing|ion|ions)\\b'],
    see: ['critical-learning-rate', 'convergence'],
  },
  {
    id: 'divergence',
    term: 'Divergence',
    definition:
      'An iteration diverges when its steps grow instead of shrinking and the loss climbs without bound. On a quadratic bowl a fixed learning rate diverges when $\\eta > 2/\\lambda_{\\max}$.',
    match: ['\\bdiverg(e|es|ed|ing|ence)\\b'],
    see: ['critical-learning-rate', 'convergence'],
  },
  {
    id: 'convex',
    autoLink: true,
    term: 'Convex function',
    definition:
      'A function whose graph lies below every chord: $f(t\\mathbf{a} + (1-t)\\mathbf{b}) \\le t f(\\mathbf{a}) + (1-t) f(\\mathbf{b})$ for $0 \\le t \\le 1$. A convex loss has no local minimum that is not global, so gradient descent with a suitable learning rate finds the bottom from any start. Least squares and logistic regression are convex; k-means and neural networks are not.',
    formula: 'f\\big(t\\mathbf{a} + (1-t)\\mathbf{b}\\big) \\le t\\, f(\\mathbf{a}) + (1-t)\\, f(\\mathbf{b})',
    match: ['\\bconvex\\b', '\\bnon-convex\\b'],
    see: ['local-minimum', 'global-minimum'],
  },
  {
    id: 'local-minimum',
    autoLink: true,
    term: 'Local minimum',
    definition:
      'A point whose loss is no larger than at any point close to it: the bottom of one valley. The gradient is zero there. A non-convex surface can have many, and gradient descent stops in whichever one its start leads to.',
    match: ['\\blocal minim(um|a)\\b'],
    pages: [playground],
    see: ['global-minimum', 'basin-of-attraction'],
  },
  {
    id: 'global-minimum',
    term: 'Global minimum',
    definition: 'A point with the smallest loss anywhere. On a convex surface every local minimum is global.',
    match: ['\\bglobal minim(um|a)\\b', '\\blowest point\\b'],
    see: ['local-minimum', 'convex'],
  },
  {
    id: 'saddle-point',
    autoLink: true,
    term: 'Saddle point',
    definition:
      'A point where the gradient is zero but which is a minimum along some directions and a maximum along others, like the middle of a horse saddle or a mountain pass. The Hessian there has eigenvalues of both signs. Gradient descent slows down near one.',
    match: ['\\bsaddles?( points?)?\\b'],
    pages: [playground],
    see: ['hessian', 'plateau'],
  },
  {
    id: 'plateau',
    autoLink: true,
    term: 'Plateau',
    definition:
      'A wide region where the loss is nearly flat, so the gradient and with it every step of gradient descent is tiny; a run can seem to have stopped without being near a minimum.',
    match: ['\\bplateaus?\\b', '\\bplateaux\\b'],
    pages: [playground],
    see: ['saddle-point'],
  },
  {
    id: 'basin-of-attraction',
    autoLink: true,
    term: 'Basin of attraction',
    definition:
      'All the starting points from which an optimiser, with given settings, ends in the same minimum. On a surface with several minima the basins split the plane into regions; their borders depend on the optimiser and its learning rate as well as on the surface.',
    match: ['\\bbasins? of attraction\\b'],
    pages: [playground],
    see: ['local-minimum'],
  },
  {
    id: 'design-matrix',
    autoLink: true,
    term: 'Design matrix',
    definition:
      'The $n \\times p$ matrix $X$ whose row $i$ holds the inputs of data point $i$, with a first column of ones for the intercept, so that the predictions of a linear model are $\\hat{\\mathbf{y}} = X\\boldsymbol{\\beta}$.',
    match: ['\\bdesign matri(x|ces)\\b'],
    see: ['normal-equations'],
  },
  {
    id: 'normal-equations',
    autoLink: true,
    term: 'Normal equations',
    definition:
      'The linear equations that the minimiser of least squares solves: setting the gradient $2X^\\mathsf{T} X\\boldsymbol{\\beta} - 2X^\\mathsf{T}\\mathbf{y}$ to zero gives $X^\\mathsf{T} X\\boldsymbol{\\beta} = X^\\mathsf{T}\\mathbf{y}$.',
    formula: 'X^\\mathsf{T} X\\, \\boldsymbol{\\beta} = X^\\mathsf{T} \\mathbf{y}',
    match: ['\\bnormal equations?\\b'],
    see: ['least-squares', 'design-matrix'],
  },
  {
    id: 'hessian',
    autoLink: true,
    term: 'Hessian',
    definition:
      'The matrix of second partial derivatives, $H_{jl} = \\partial^2 \\mathcal{L} / \\partial w_j \\partial w_l$: how the gradient changes from point to point, i.e. the curvature of the surface. For least squares it is $2X^\\mathsf{T} X$ everywhere.',
    formula: 'H = \\nabla^2 \\mathcal{L}(\\mathbf{w})',
    match: ['\\bhessians?\\b'],
    see: ['eigenvalue', 'condition-number'],
  },
  {
    id: 'eigenvalue',
    autoLink: true,
    term: 'Eigenvalue and eigen-direction',
    aka: ['eigenvector'],
    definition:
      'A direction $\\mathbf{v}_j$ that a symmetric matrix $A$ only stretches, $A\\mathbf{v}_j = \\lambda_j\\mathbf{v}_j$; $\\lambda_j$ is the eigenvalue. The eigenvalues of the Hessian are the curvatures of the surface along its principal axes: $\\lambda_{\\max}$ along the steepest, $\\lambda_{\\min}$ along the flattest.',
    formula: 'A\\mathbf{v}_j = \\lambda_j \\mathbf{v}_j',
    match: ['\\beigen(value|values|vector|vectors|-direction|-directions)\\b'],
    see: ['hessian', 'condition-number'],
  },
  {
    id: 'condition-number',
    autoLink: true,
    term: 'Condition number',
    definition:
      'The ratio $\\kappa = \\lambda_{\\max}/\\lambda_{\\min}$ of the largest to the smallest eigenvalue of the Hessian: how much more the surface curves in its steepest direction than in its flattest. A large $\\kappa$ means a long narrow valley in which gradient descent zig-zags and needs many steps; scaling the features brings it down.',
    formula: '\\kappa = \\frac{\\lambda_{\\max}}{\\lambda_{\\min}}',
    match: ['\\bcondition numbers?\\b', '\\bill-conditioned\\b'],
    see: ['eigenvalue', 'critical-learning-rate'],
  },
  {
    id: 'critical-learning-rate',
    autoLink: true,
    term: 'Critical learning rate',
    definition:
      'On a quadratic bowl with Hessian eigenvalues $\\lambda_{\\min} \\le \\dots \\le \\lambda_{\\max}$, each gradient-descent step multiplies the error $\\mathbf{e}^{(k)} = \\mathbf{w}^{(k)} - \\mathbf{w}^\\star$ along eigen-direction $\\mathbf{v}_j$ by $1 - \\eta\\lambda_j$. The run converges exactly when every $|1 - \\eta\\lambda_j| < 1$, i.e. below $\\eta = 2/\\lambda_{\\max}$; the best fixed step is $2/(\\lambda_{\\min} + \\lambda_{\\max})$.',
    formula: '\\eta < \\frac{2}{\\lambda_{\\max}}',
    match: ['\\bcritical (learning rate|step|\\\\?eta|η)\\b'],
    see: ['learning-rate', 'eigenvalue', 'divergence'],
  },
  {
    id: 'momentum',
    autoLink: true,
    term: 'Momentum',
    definition:
      'A change to gradient descent that keeps a running velocity, $\\mathbf{v}^{(k+1)} = \\mu\\mathbf{v}^{(k)} - \\eta\\nabla\\mathcal{L}(\\mathbf{w}^{(k)})$, $\\mathbf{w}^{(k+1)} = \\mathbf{w}^{(k)} + \\mathbf{v}^{(k+1)}$, so that steps build up along a consistent direction and zig-zags across a valley cancel. Nesterov momentum takes the gradient at the point the velocity is about to reach.',
    match: ['\\bmomentum\\b'],
    pages: [playground],
    see: ['adaptive-optimiser', 'gradient-descent'],
  },
  {
    id: 'adaptive-optimiser',
    term: 'Adaptive optimiser',
    aka: ['AdaGrad', 'RMSProp', 'Adam'],
    definition:
      'A variant of gradient descent that gives every parameter its own step size from the history of its gradients: AdaGrad divides by the root of the summed squared gradients, RMSProp by the root of their running average, and Adam combines that with momentum (with bias corrections for the first steps).',
    match: ['\\badaptive optimi[sz]ers?\\b', '\\bAdam\\b', '\\bRMSProp\\b', '\\bAdaGrad\\b'],
    pages: [playground],
    see: ['momentum', 'learning-rate'],
  },
];

/** The terms chapters link automatically, as the rehype step takes them. */
export const AUTO_LINKED_TERMS = GLOSSARY.filter((t) => t.autoLink).map((t) => ({ id: t.id, pattern: t.match[0]! }));
