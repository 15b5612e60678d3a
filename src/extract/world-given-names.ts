/**
 * Common given names of cultures the English-language lists (given-names.ts) leave out: Arabic
 * and Persian, Turkish, South Asian, African, Hispanic and Lusophone, Slavic and other European.
 * General onomastics, a feature of the learned person decision; no story's names were the reason
 * for any entry.
 */
const NAMES = `
  mohammed muhammad mohamed mohammad ahmed ahmad ali omar umar hassan hussein husain hussain khalid
  khaled abdullah abdul abdel abdelaziz abdulaziz abdulrahman ibrahim ismail yusuf youssef yousef
  mustafa mostafa mahmoud mahmud tariq tarek karim kareem hamid hamed rashid rasheed saeed said
  faisal fahad salman sultan nasser nasir jamal walid waleed samir sameer nabil amr hisham hosni
  ayman bashar hafez rafik rafiq marwan yasser yassir yasir zaid zayed majid osama usama imran
  fatima fatma aisha ayesha khadija mariam maryam zainab layla leila laila noor nour huda amira
  yasmin yasmine rania salma hana dina nadia samira leena lina reem mona
  reza ali-reza hossein mehdi hamid javad mohsen amir parisa shirin
  mehmet mustafa ahmet recep emre burak murat selim kemal ayse elif zeynep
  rahul raj rajesh ramesh suresh sunil anil vijay ajay amit arun ashok deepak sanjay manoj
  vikram ravi kiran prakash mukesh narendra rakesh pradeep sachin rohit rohan nitin arjun
  krishna lakshmi priya pooja anjali sunita sita geeta neha kavita meena asha shreya deepika
  aamir shahid javed pervez nawaz imran asif zulfikar benazir shehzad faisal irfan bilal
  hamza usman zahid waqar farhan saima ayesha sania shoaib inzamam
  sheikh mujib tanvir rubina nasreen sabrina
  kofi kwame kwabena kojo yaw akua ama abena efua adwoa kwesi
  chinedu chukwuemeka emeka obinna ngozi chioma adaeze nnamdi ifeanyi uche oluwaseun olusegun
  segun tunde babatunde adewale ayodele femi funmilayo folake yetunde bola abiodun musa
  sani aliyu bello umaru goodluck
  thabo sipho themba mandla nomvula thandiwe zanele lindiwe bongani jacob cyril nelson
  desmond winnie kgalema
  uhuru raila mwai jomo wanjiru wambui njeri kamau otieno odhiambo achieng akinyi
  haile tesfaye abebe kenenisa meles tewodros almaz tirunesh
  didier samuel yaya kolo sadio moussa mamadou ousmane abdoulaye cheikh amadou aminata fatou
  jose josé juan luis carlos jorge miguel pedro pablo diego javier alejandro fernando francisco
  manuel antonio rafael ricardo andres andrés sergio alvaro álvaro raul raúl ruben rubén hugo
  gustavo eduardo guillermo gonzalo ignacio santiago mateo emilio hernan hernán cristian
  maria maría ana lucia lucía carmen isabel elena laura sofia sofía valentina camila daniela
  gabriela paula andrea marta rosa teresa pilar mercedes dolores guadalupe ximena beatriz
  joao joão paulo thiago tiago rodrigo marcelo fabio fábio vinicius vinícius luiz rui nuno
  gilberto ronaldo ronaldinho
  vladimir dmitry dmitri sergei sergey alexei alexey mikhail nikolai ivan igor oleg yuri
  andrei boris viktor vitali vitaly pavel anatoly gennady evgeny yevgeny ilya maxim
  olga natalia natalya svetlana tatiana irina elena ekaterina yekaterina anastasia maria
  lech wojciech krzysztof tomasz piotr pawel andrzej jerzy zbigniew agnieszka katarzyna
  jacques jean pierre francois françois nicolas laurent thierry didier philippe olivier
  emmanuel dominique segolene ségolène marine
  gerhard helmut angela joschka wolfgang jurgen jürgen horst dieter klaus heinz uwe
  giuseppe giovanni silvio romano matteo luca marco francesco alessandro giorgia
  nikos giorgos yannis kostas konstantinos dimitris
`;

let set: Set<string> | undefined;

/** True when `word` is a common given name of one of these cultures ("Yasser", "Kofi", "Sergei"). */
export function isWorldGivenName(word: string): boolean {
  set ??= new Set(NAMES.split(/\s+/).filter(Boolean));
  return set.has(word.toLowerCase());
}
