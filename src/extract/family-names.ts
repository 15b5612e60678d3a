/**
 * Family names of the cultures that write them first (Chinese, Korean, Vietnamese, and Japanese
 * in many English-language outlets): "Park Ji-hoon", "Hu Jintao", "Nguyen Van An". A name that
 * opens with one of these is read family name first, so a later bare "Park" or "Hu" is the same
 * person. General onomastics, not tied to any story.
 */

const FAMILY_NAMES = new Set(`
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie
  song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
  ding ren shen yao jin qian tan jia fu fan xiong qiu wen xue lei bai long duan hao kong shao shi
  mao chang wan gu lai kang hou meng qin yan xia tao zou
  kim lee park choi jung jeong kang cho yoon yun jang lim im han oh seo shin kwon hwang ahn song
  jeon hong ko moon mun yang son bae baek heo yoo ryu nam noh roh ha kwak sung cha joo woo koo
  min ryoo ji um eom chae won chun bang
  nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly trinh dinh mai truong lam
  luong
  sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
  sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto
  yamashita ishikawa nakajima maeda fujita ogawa okada goto hasegawa murakami kondo ishii saito
  sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa koizumi
`.split(/\s+/).filter(Boolean));

/** True when `word` is a family name of a family-name-first culture ("Park", "Nguyen", "Hu"). */
export function isFamilyNameFirst(word: string): boolean {
  return FAMILY_NAMES.has(word.toLowerCase());
}

/**
 * True for a romanised given name of two syllables joined by a hyphen, as Korean and many Chinese
 * names are written ("Ji-hoon", "Seo-yeon", "Xiao-ming").
 */
export function isSyllablePair(word: string): boolean {
  // Cheap checks first: most words have no hyphen at all.
  return word.length <= 11 && word.includes('-') && /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u.test(word);
}
