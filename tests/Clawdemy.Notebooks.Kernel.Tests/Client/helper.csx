int Twice(int n) => 2 * n;
